;; Logs "hello from the guest" (never part of the result), then reads
;; gas_left and emits it as the rank-0 i64 output "gas_left": the value pins
;; the metering of everything before the call. Exit codes: 2 gas_left was not
;; positive, 3 emit failed.
(module
  (import "dml" "log" (func $log (param i32 i32 i32)))
  (import "dml" "gas_left" (func $gas_left (result i64)))
  (import "dml" "emit" (func $emit (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "gas_left")
  (data (i32.const 64) "hello from the guest")
  (func (export "dml_abi_version") (result i32) (i32.const 1))
  (func (export "dml_run") (result i32)
    (local $g i64)
    (call $log (i32.const 1) (i32.const 64) (i32.const 20))
    (local.set $g (call $gas_left))
    (if (i64.le_s (local.get $g) (i64.const 0))
      (then (return (i32.const 2))))
    (i64.store (i32.const 512) (local.get $g))
    ;; emit(kind output, "gas_left", i64, dims none, rank 0, data, 8 bytes)
    (if (i32.ne (call $emit (i32.const 0) (i32.const 16) (i32.const 8) (i32.const 3)
                  (i32.const 0) (i32.const 0) (i32.const 512) (i32.const 8)) (i32.const 0))
      (then (return (i32.const 3))))
    (i32.const 0)))
