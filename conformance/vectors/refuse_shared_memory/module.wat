;; Declares a shared memory (the threads proposal), which ABI v1 refuses.
(module
  (memory (export "memory") 1 1 shared)
  (func (export "dml_abi_version") (result i32) (i32.const 1))
  (func (export "dml_run") (result i32) (i32.const 0)))
