;; read: reads input X (any dtype, up to 96 MiB) into memory at 64 KiB with
;; one tensor_read and returns; for the tensor_read throughput benchmark.
(module
  (import "dml" "tensor_info" (func $tensor_info (param i32 i32 i32 i32) (result i32)))
  (import "dml" "tensor_read" (func $tensor_read (param i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1600)
  (data (i32.const 0) "X")
  (func (export "dml_abi_version") (result i32) (i32.const 1))
  (func (export "dml_run") (result i32)
    (local $n i64) (local $i i32)
    (if (call $tensor_info (i32.const 0) (i32.const 0) (i32.const 1) (i32.const 64)) (then (return (i32.const 1))))
    ;; bytes = elemsize(dtype) * product(dims)
    (local.set $n (i64.const 1))
    (block $done
      (loop $dims
        (br_if $done (i32.ge_u (local.get $i) (i32.load (i32.const 68))))
        (local.set $n (i64.mul (local.get $n) (i64.load (i32.add (i32.const 72) (i32.shl (local.get $i) (i32.const 3))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $dims)))
    (if (i32.le_u (i32.load (i32.const 64)) (i32.const 1)) (then (local.set $n (i64.mul (local.get $n) (i64.const 8)))))
    (call $tensor_read (i32.const 0) (i32.const 0) (i32.const 1) (i32.const 65536) (i32.wrap_i64 (local.get $n)))))
