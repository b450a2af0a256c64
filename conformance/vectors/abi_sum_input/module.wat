;; Reads input X with tensor_info and tensor_read, sums its f64 elements and
;; emits the sum as the rank-0 f64 output "sum".
;; Exit codes: 2 tensor_info failed, 3 X is not f64, 4 tensor_read failed,
;; 5 emit failed.
(module
  (import "dml" "tensor_info" (func $tensor_info (param i32 i32 i32 i32) (result i32)))
  (import "dml" "tensor_read" (func $tensor_read (param i32 i32 i32 i32 i32) (result i32)))
  (import "dml" "emit" (func $emit (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "X")
  (data (i32.const 32) "sum")
  ;; info record at 256, sum at 512, tensor data at 1024
  (func (export "dml_abi_version") (result i32) (i32.const 1))
  (func (export "dml_run") (result i32)
    (local $rank i32) (local $i i32) (local $n i32) (local $sum f64)
    (if (i32.ne (call $tensor_info (i32.const 0) (i32.const 16) (i32.const 1) (i32.const 256)) (i32.const 0))
      (then (return (i32.const 2))))
    (if (i32.ne (i32.load (i32.const 256)) (i32.const 1))
      (then (return (i32.const 3))))
    (local.set $rank (i32.load (i32.const 260)))
    (local.set $n (i32.const 1))
    (block $done
      (loop $dims
        (br_if $done (i32.ge_u (local.get $i) (local.get $rank)))
        (local.set $n (i32.mul (local.get $n)
          (i32.wrap_i64 (i64.load (i32.add (i32.const 264) (i32.shl (local.get $i) (i32.const 3)))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $dims)))
    (if (i32.ne (call $tensor_read (i32.const 0) (i32.const 16) (i32.const 1) (i32.const 1024)
                  (i32.shl (local.get $n) (i32.const 3))) (i32.const 0))
      (then (return (i32.const 4))))
    (local.set $i (i32.const 0))
    (block $done
      (loop $sum
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $sum (f64.add (local.get $sum)
          (f64.load (i32.add (i32.const 1024) (i32.shl (local.get $i) (i32.const 3))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $sum)))
    (f64.store (i32.const 512) (local.get $sum))
    ;; emit(kind output, "sum", f64, dims none, rank 0, data, 8 bytes)
    (if (i32.ne (call $emit (i32.const 0) (i32.const 32) (i32.const 3) (i32.const 1)
                  (i32.const 0) (i32.const 0) (i32.const 512) (i32.const 8)) (i32.const 0))
      (then (return (i32.const 5))))
    (i32.const 0)))
