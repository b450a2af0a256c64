;; dml_run returns 7: status algorithm_error with exit code 7.
(module
  (memory (export "memory") 1)
  (func (export "dml_abi_version") (result i32) (i32.const 1))
  (func (export "dml_run") (result i32)
    (i32.const 7)))
