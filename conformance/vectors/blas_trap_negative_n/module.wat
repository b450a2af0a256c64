;; sscal with n −1: the host call traps, status abi_violation, before touching memory.
(module
  (import "dml" "sscal" (func $sscal (param i32 f32 i32 i32)))
  (memory (export "memory") 1)
  (func (export "dml_abi_version") (result i32) (i32.const 1))
  (func (export "dml_run") (result i32)
    (call $sscal (i32.const -1) (f32.const 2) (i32.const 0x100) (i32.const 1))
    (i32.const 0)))
