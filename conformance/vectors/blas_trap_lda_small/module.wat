;; dgemm(NoTrans, NoTrans, m 4, n 4, k 8) with lda 4: A is 4×8 row-major, so lda must be ≥ 8: the host call traps, status abi_violation, before touching memory.
(module
  (import "dml" "dgemm" (func $dgemm (param i32 i32 i32 i32 i32 f64 i32 i32 i32 i32 f64 i32 i32)))
  (memory (export "memory") 1)
  (func (export "dml_abi_version") (result i32) (i32.const 1))
  (func (export "dml_run") (result i32)
    (call $dgemm (i32.const 111) (i32.const 111) (i32.const 4) (i32.const 4) (i32.const 8) (f64.const 1)
      (i32.const 0x100) (i32.const 4) (i32.const 0x400) (i32.const 4) (f64.const 0) (i32.const 0x800) (i32.const 4))
    (i32.const 0)))
