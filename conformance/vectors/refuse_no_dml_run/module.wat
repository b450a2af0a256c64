;; Exports memory and dml_abi_version but no dml_run: refused at load.
(module
  (memory (export "memory") 1)
  (func (export "dml_abi_version") (result i32) (i32.const 1))
  (func (export "run") (result i32) (i32.const 0)))
