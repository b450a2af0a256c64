;; Emits the output "undeclared", which the manifest does not declare: the host returns -3 (not declared).
;; The code is emitted as the rank-0 i32 output "code"; dml_run returns 0
;; only when the code is -3 (exit code 1: another code, 2: emitting "code"
;; failed).
(module
  (import "dml" "tensor_read" (func $tensor_read (param i32 i32 i32 i32 i32) (result i32)))
  (import "dml" "emit" (func $emit (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "code")
  (data (i32.const 32) "undeclared")
  (data (i32.const 600) "\01\00\00\00")
  (func (export "dml_abi_version") (result i32) (i32.const 1))
  (func (export "dml_run") (result i32)
    (local $code i32)
    (local.set $code (call $emit (i32.const 0) (i32.const 32) (i32.const 10) (i32.const 4) (i32.const 0) (i32.const 0) (i32.const 600) (i32.const 4)))
    (i32.store (i32.const 512) (local.get $code))
    ;; emit(kind output, "code", i32, dims none, rank 0, data, 4 bytes)
    (if (i32.ne (call $emit (i32.const 0) (i32.const 16) (i32.const 4) (i32.const 4)
                  (i32.const 0) (i32.const 0) (i32.const 512) (i32.const 4)) (i32.const 0))
      (then (return (i32.const 2))))
    (if (i32.ne (local.get $code) (i32.const -3))
      (then (return (i32.const 1))))
    (i32.const 0)))
