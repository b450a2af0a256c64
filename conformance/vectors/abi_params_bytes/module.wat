;; Reads the job's params JSON and emits its bytes unchanged as the rank-1 u8
;; output "params". Exit codes: 2 params longer than the 4096-byte buffer,
;; 3 emit failed.
(module
  (import "dml" "params" (func $params (param i32 i32) (result i32)))
  (import "dml" "emit" (func $emit (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "params")
  ;; dims at 256 (one i64), params bytes at 1024
  (func (export "dml_abi_version") (result i32) (i32.const 1))
  (func (export "dml_run") (result i32)
    (local $len i32)
    (local.set $len (call $params (i32.const 1024) (i32.const 4096)))
    (if (i32.gt_s (local.get $len) (i32.const 4096))
      (then (return (i32.const 2))))
    (i64.store (i32.const 256) (i64.extend_i32_u (local.get $len)))
    ;; emit(kind output, "params", u8, dims, rank 1, data, len)
    (if (i32.ne (call $emit (i32.const 0) (i32.const 16) (i32.const 6) (i32.const 5)
                  (i32.const 256) (i32.const 1) (i32.const 1024) (local.get $len)) (i32.const 0))
      (then (return (i32.const 3))))
    (i32.const 0)))
