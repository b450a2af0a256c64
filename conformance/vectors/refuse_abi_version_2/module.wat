;; dml_abi_version returns 2, a version this runtime does not implement:
;; refused before dml_run.
(module
  (memory (export "memory") 1)
  (func (export "dml_abi_version") (result i32) (i32.const 2))
  (func (export "dml_run") (result i32) (i32.const 0)))
