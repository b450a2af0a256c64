;; blas_bench: a tiny guest for the BLAS benchmarks. dgemm512 calls
;; dml.dgemm once (C += A·B, 512³; A at 0, B at 2 MiB, C at 4 MiB);
;; ddot and dcopy call the host on n elements (x at 0, y at 4 MiB);
;; wasm_dot is the same dot product as a plain WASM loop, for calibrating
;; host gas against metered WASM.
(module
  (import "dml" "dgemm" (func $dgemm (param i32 i32 i32 i32 i32 f64 i32 i32 i32 i32 f64 i32 i32)))
  (import "dml" "ddot" (func $ddot (param i32 i32 i32 i32 i32) (result f64)))
  (import "dml" "dcopy" (func $dcopy (param i32 i32 i32 i32 i32)))
  (memory (export "memory") 100)
  (func (export "dgemm512")
    (call $dgemm (i32.const 111) (i32.const 111) (i32.const 512) (i32.const 512) (i32.const 512)
      (f64.const 1) (i32.const 0) (i32.const 512) (i32.const 2097152) (i32.const 512)
      (f64.const 1) (i32.const 4194304) (i32.const 512)))
  (func (export "ddot") (param $n i32) (result f64)
    (call $ddot (local.get $n) (i32.const 0) (i32.const 1) (i32.const 4194304) (i32.const 1)))
  (func (export "dcopy") (param $n i32)
    (call $dcopy (local.get $n) (i32.const 0) (i32.const 1) (i32.const 4194304) (i32.const 1)))
  (func (export "wasm_dot") (param $n i32) (result f64) (local $i i32) (local $s f64)
    (block $done
      (loop $top
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $s (f64.add (local.get $s)
          (f64.mul (f64.load (i32.shl (local.get $i) (i32.const 3)))
                   (f64.load (i32.add (i32.const 4194304) (i32.shl (local.get $i) (i32.const 3)))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $top)))
    (local.get $s)))
