;; ddot(n 4) with incx 0 (reference BLAS allows a zero increment for some calls; ABI v1 does not): the host call traps, status abi_violation, before touching memory.
(module
  (import "dml" "ddot" (func $ddot (param i32 i32 i32 i32 i32) (result f64)))
  (memory (export "memory") 1)
  (func (export "dml_abi_version") (result i32) (i32.const 1))
  (func (export "dml_run") (result i32)
    (drop (call $ddot (i32.const 4) (i32.const 0x100) (i32.const 0) (i32.const 0x200) (i32.const 1)))
    (i32.const 0)))
