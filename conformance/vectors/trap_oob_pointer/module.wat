;; Reads input X (2 f64, 16 bytes) to offset 65528 of a one-page (65536-byte) memory: the destination ends past the memory, so the call traps (abi_violation).
(module
  (import "dml" "tensor_read" (func $tensor_read (param i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "X")
  (func (export "dml_abi_version") (result i32) (i32.const 1))
  (func (export "dml_run") (result i32)
    (drop (call $tensor_read (i32.const 0) (i32.const 16) (i32.const 1) (i32.const 65528) (i32.const 16)))
    (i32.const 0)))
