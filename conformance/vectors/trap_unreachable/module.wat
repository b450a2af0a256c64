;; dml_run executes the guest's own `unreachable`: status trap.
(module
  (memory (export "memory") 1)
  (func (export "dml_abi_version") (result i32) (i32.const 1))
  (func (export "dml_run") (result i32)
    (unreachable)))
