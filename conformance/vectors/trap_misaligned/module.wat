;; Reads f64 input X to offset 1001, which is not 8-byte aligned: the call traps (abi_violation).
(module
  (import "dml" "tensor_read" (func $tensor_read (param i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "X")
  (func (export "dml_abi_version") (result i32) (i32.const 1))
  (func (export "dml_run") (result i32)
    (drop (call $tensor_read (i32.const 0) (i32.const 16) (i32.const 1) (i32.const 1001) (i32.const 16)))
    (i32.const 0)))
