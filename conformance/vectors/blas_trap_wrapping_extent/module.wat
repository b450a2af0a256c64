;; daxpy(n 3, x at 0x100 with incx −2^30): x's extent is 2^31+1 elements, 2^34+8 bytes, which wraps to 8 in 32-bit arithmetic; the host must compute it without wrapping: the host call traps, status abi_violation, before touching memory.
(module
  (import "dml" "daxpy" (func $daxpy (param i32 f64 i32 i32 i32 i32)))
  (memory (export "memory") 1)
  (func (export "dml_abi_version") (result i32) (i32.const 1))
  (func (export "dml_run") (result i32)
    (call $daxpy (i32.const 3) (f64.const 1) (i32.const 0x100) (i32.const -1073741824) (i32.const 0x200) (i32.const 1))
    (i32.const 0)))
