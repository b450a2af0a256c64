;; sum: reads input X (f64, any shape), emits output "sum" (f64, shape [1])
;; and delta "sum" (the same value). Exercises tensor_info, tensor_read, emit.
(module
  (import "dml" "tensor_info" (func $tensor_info (param i32 i32 i32 i32) (result i32)))
  (import "dml" "tensor_read" (func $tensor_read (param i32 i32 i32 i32 i32) (result i32)))
  (import "dml" "emit" (func $emit (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 2)
  (data (i32.const 0) "X")
  (data (i32.const 8) "sum")
  ;; 16: dims of the output ([1]); 64: info record; 128: the sum; 1024: X data
  (data (i32.const 16) "\01\00\00\00\00\00\00\00")
  (func (export "dml_abi_version") (result i32) (i32.const 1))
  (func (export "dml_run") (result i32)
    (local $n i32) (local $i i32) (local $acc f64) (local $st i32)
    (local.set $st (call $tensor_info (i32.const 0) (i32.const 0) (i32.const 1) (i32.const 64)))
    (if (i32.ne (local.get $st) (i32.const 0)) (then (return (i32.const 10))))
    ;; bytes = 8 * product(dims); here rank 1 or 2 is supported
    (local.set $n (i32.wrap_i64 (i64.load (i32.const 72))))
    (if (i32.eq (i32.load (i32.const 68)) (i32.const 2))
      (then (local.set $n (i32.mul (local.get $n) (i32.wrap_i64 (i64.load (i32.const 80)))))))
    (local.set $st (call $tensor_read (i32.const 0) (i32.const 0) (i32.const 1) (i32.const 1024) (i32.mul (local.get $n) (i32.const 8))))
    (if (i32.ne (local.get $st) (i32.const 0)) (then (return (i32.const 11))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $acc (f64.add (local.get $acc) (f64.load (i32.add (i32.const 1024) (i32.shl (local.get $i) (i32.const 3))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (f64.store (i32.const 128) (local.get $acc))
    (local.set $st (call $emit (i32.const 0) (i32.const 8) (i32.const 3) (i32.const 1) (i32.const 16) (i32.const 1) (i32.const 128) (i32.const 8)))
    (if (i32.ne (local.get $st) (i32.const 0)) (then (return (i32.const 12))))
    (local.set $st (call $emit (i32.const 1) (i32.const 8) (i32.const 3) (i32.const 1) (i32.const 16) (i32.const 1) (i32.const 128) (i32.const 8)))
    (if (i32.ne (local.get $st) (i32.const 0)) (then (return (i32.const 13))))
    (i32.const 0)))
