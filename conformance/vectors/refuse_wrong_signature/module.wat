;; Imports dml.tensor_read as (i32 i32) -> i32; ABI v1 declares it
;; (i32 i32 i32 i32 i32) -> i32: refused at load.
(module
  (import "dml" "tensor_read" (func $tensor_read (param i32 i32) (result i32)))
  (memory (export "memory") 1)
  (func (export "dml_abi_version") (result i32) (i32.const 1))
  (func (export "dml_run") (result i32)
    (call $tensor_read (i32.const 0) (i32.const 0))))
