;; sgemv with trans 78 (the character 'N' of Fortran BLAS, not a CBLAS code 111/112): the host call traps, status abi_violation, before touching memory.
(module
  (import "dml" "sgemv" (func $sgemv (param i32 i32 i32 f32 i32 i32 i32 i32 f32 i32 i32)))
  (memory (export "memory") 1)
  (func (export "dml_abi_version") (result i32) (i32.const 1))
  (func (export "dml_run") (result i32)
    (call $sgemv (i32.const 78) (i32.const 2) (i32.const 2) (f32.const 1) (i32.const 0x100) (i32.const 2)
      (i32.const 0x200) (i32.const 1) (f32.const 0) (i32.const 0x300) (i32.const 1))
    (i32.const 0)))
