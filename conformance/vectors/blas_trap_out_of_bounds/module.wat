;; dgemv(NoTrans, m 100, n 100) on A at 0x100 with lda 100: A's extent [0x100, 0x13980) runs past the 64 KiB memory: the host call traps, status abi_violation, before touching memory.
(module
  (import "dml" "dgemv" (func $dgemv (param i32 i32 i32 f64 i32 i32 i32 i32 f64 i32 i32)))
  (memory (export "memory") 1)
  (func (export "dml_abi_version") (result i32) (i32.const 1))
  (func (export "dml_run") (result i32)
    (call $dgemv (i32.const 111) (i32.const 100) (i32.const 100) (f64.const 1) (i32.const 0x100) (i32.const 100)
      (i32.const 0x100) (i32.const 1) (f64.const 0) (i32.const 0x100) (i32.const 1))
    (i32.const 0)))
