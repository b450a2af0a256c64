;; dgemm whose C pointer 0x804 is 4-byte but not 8-byte aligned: the host call traps, status abi_violation, before touching memory.
(module
  (import "dml" "dgemm" (func $dgemm (param i32 i32 i32 i32 i32 f64 i32 i32 i32 i32 f64 i32 i32)))
  (memory (export "memory") 1)
  (func (export "dml_abi_version") (result i32) (i32.const 1))
  (func (export "dml_run") (result i32)
    (call $dgemm (i32.const 111) (i32.const 111) (i32.const 2) (i32.const 2) (i32.const 2) (f64.const 1)
      (i32.const 0x100) (i32.const 2) (i32.const 0x400) (i32.const 2) (f64.const 0) (i32.const 0x804) (i32.const 2))
    (i32.const 0)))
