;; Level-2 BLAS: dgemv, dger and their f32 twins sgemv, sger, on the f64
;; inputs A (9×6, row-major), x (17) and y (9); the f32 calls use them
;; converted to f32 (f32.demote_f64). For each precision it emits (with a
;; leading s for f32):
;;   gemv_n      (9): y1 = NaN; gemv(NoTrans, 9, 6, 1.25, A, 6, x, 1, 0, y1, 1)
;;                    (beta = 0: y1 is not read, so its NaNs do not show)
;;   gemv_n_sub  (9): y2 = y; gemv(NoTrans, 9, 4, -0.5, A, lda 6, x, -2, 0.75, y2, 1)
;;   gemv_t      (6): y3 = y[:6]; gemv(Trans, 9, 6, -0.75, A, 6, x, 2, 2, y3, -1)
;;   gemv_alpha0 (6): y4 = y[:6]; gemv(Trans, 9, 6, 0, A, 6, x, 1, 3, y4, 1)
;;   gemv_alias  (6): y5 = y[:6]; gemv(NoTrans, 6, 6, 1, A, 6, y5, 1, 0.5, y5, 1)
;;                    (x is y: read as it was before the call)
;;   ger        (54): A1 = A; ger(9, 6, 0.5, x, 1, y, -1, A1, 6)
;;   ger_sub    (54): A2 = A; ger(5, 3, -1.25, x, 3, y, 2, A2 + 1 element, lda 6)
;; Exit codes: 2 an input is missing or not f64, 3 an input has the wrong
;; length, 5 an emit failed.
(module
  (import "dml" "tensor_info" (func $tensor_info (param i32 i32 i32 i32) (result i32)))
  (import "dml" "tensor_read" (func $tensor_read (param i32 i32 i32 i32 i32) (result i32)))
  (import "dml" "emit" (func $emit (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (import "dml" "dcopy" (func $dcopy (param i32 i32 i32 i32 i32)))
  (import "dml" "dgemv" (func $dgemv (param i32 i32 i32 f64 i32 i32 i32 i32 f64 i32 i32)))
  (import "dml" "dger" (func $dger (param i32 i32 f64 i32 i32 i32 i32 i32 i32)))
  (import "dml" "scopy" (func $scopy (param i32 i32 i32 i32 i32)))
  (import "dml" "sgemv" (func $sgemv (param i32 i32 i32 f32 i32 i32 i32 i32 f32 i32 i32)))
  (import "dml" "sger" (func $sger (param i32 i32 f32 i32 i32 i32 i32 i32 i32)))
  (memory (export "memory") 1)
  ;; names
  (data (i32.const 0x10) "A")
  (data (i32.const 0x20) "x")
  (data (i32.const 0x30) "y")
  (data (i32.const 0x40) "gemv_n")
  (data (i32.const 0x50) "gemv_n_sub")
  (data (i32.const 0x60) "gemv_t")
  (data (i32.const 0x70) "gemv_alpha0")
  (data (i32.const 0x80) "gemv_alias")
  (data (i32.const 0x90) "ger")
  (data (i32.const 0xa0) "ger_sub")
  (data (i32.const 0xb0) "sgemv_n")
  (data (i32.const 0xc0) "sgemv_n_sub")
  (data (i32.const 0xd0) "sgemv_t")
  (data (i32.const 0xe0) "sgemv_alpha0")
  (data (i32.const 0xf0) "sgemv_alias")
  (data (i32.const 0x100) "sger")
  (data (i32.const 0x110) "sger_sub")
  ;; 0x200 info record, 0x280 emit dims; f64: 0x1000 A, 0x1400 x, 0x1600 y,
  ;; results from 0x2000; f32: 0x3000 A, 0x3400 x, 0x3600 y, results from 0x4000
  (func (export "dml_abi_version") (result i32) (i32.const 1))

  ;; $load reads the f64 input named [name, name+len), which must have want
  ;; elements, to dst, and a copy converted to f32 to dst32; returns 0, or the
  ;; exit code.
  (func $load (param $name i32) (param $len i32) (param $dst i32) (param $dst32 i32) (param $want i32) (result i32)
    (local $rank i32) (local $i i32) (local $n i32)
    (if (call $tensor_info (i32.const 0) (local.get $name) (local.get $len) (i32.const 0x200))
      (then (return (i32.const 2))))
    (if (i32.ne (i32.load (i32.const 0x200)) (i32.const 1))
      (then (return (i32.const 2))))
    (local.set $rank (i32.load (i32.const 0x204)))
    (local.set $n (i32.const 1))
    (block $done
      (loop $dims
        (br_if $done (i32.ge_u (local.get $i) (local.get $rank)))
        (local.set $n (i32.mul (local.get $n)
          (i32.wrap_i64 (i64.load (i32.add (i32.const 0x208) (i32.shl (local.get $i) (i32.const 3)))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $dims)))
    (if (i32.ne (local.get $n) (local.get $want)) (then (return (i32.const 3))))
    (if (call $tensor_read (i32.const 0) (local.get $name) (local.get $len) (local.get $dst)
          (i32.shl (local.get $n) (i32.const 3)))
      (then (return (i32.const 2))))
    (local.set $i (i32.const 0))
    (block $done
      (loop $demote
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (f32.store (i32.add (local.get $dst32) (i32.shl (local.get $i) (i32.const 2)))
          (f32.demote_f64 (f64.load (i32.add (local.get $dst) (i32.shl (local.get $i) (i32.const 3))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $demote)))
    (i32.const 0))

  ;; $fillf64 and $fillf32 set n elements at dst to NaN.
  (func $fillf64 (param $dst i32) (param $n i32)
    (block $done
      (loop $fill
        (br_if $done (i32.eqz (local.get $n)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (f64.store (i32.add (local.get $dst) (i32.shl (local.get $n) (i32.const 3))) (f64.const nan))
        (br $fill))))
  (func $fillf32 (param $dst i32) (param $n i32)
    (block $done
      (loop $fill
        (br_if $done (i32.eqz (local.get $n)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (f32.store (i32.add (local.get $dst) (i32.shl (local.get $n) (i32.const 2))) (f32.const nan))
        (br $fill))))

  ;; $outf64 and $outf32 emit n elements at data as the rank-1 output
  ;; [name, name+len); they return the emit status.
  (func $outf64 (param $name i32) (param $len i32) (param $data i32) (param $n i32) (result i32)
    (i64.store (i32.const 0x280) (i64.extend_i32_u (local.get $n)))
    (call $emit (i32.const 0) (local.get $name) (local.get $len) (i32.const 1)
      (i32.const 0x280) (i32.const 1) (local.get $data) (i32.shl (local.get $n) (i32.const 3))))
  (func $outf32 (param $name i32) (param $len i32) (param $data i32) (param $n i32) (result i32)
    (i64.store (i32.const 0x280) (i64.extend_i32_u (local.get $n)))
    (call $emit (i32.const 0) (local.get $name) (local.get $len) (i32.const 2)
      (i32.const 0x280) (i32.const 1) (local.get $data) (i32.shl (local.get $n) (i32.const 2))))

  (func (export "dml_run") (result i32)
    (local $code i32) (local $bad i32)
    (if (local.tee $code (call $load (i32.const 0x10) (i32.const 1) (i32.const 0x1000) (i32.const 0x3000) (i32.const 54)))
      (then (return (local.get $code))))
    (if (local.tee $code (call $load (i32.const 0x20) (i32.const 1) (i32.const 0x1400) (i32.const 0x3400) (i32.const 17)))
      (then (return (local.get $code))))
    (if (local.tee $code (call $load (i32.const 0x30) (i32.const 1) (i32.const 0x1600) (i32.const 0x3600) (i32.const 9)))
      (then (return (local.get $code))))

    ;; dgemv and dger
    (call $fillf64 (i32.const 0x2000) (i32.const 9))
    (call $dgemv (i32.const 111) (i32.const 9) (i32.const 6) (f64.const 1.25) (i32.const 0x1000) (i32.const 6) (i32.const 0x1400) (i32.const 1) (f64.const 0) (i32.const 0x2000) (i32.const 1))
    (call $dcopy (i32.const 9) (i32.const 0x1600) (i32.const 1) (i32.const 0x2100) (i32.const 1))
    (call $dgemv (i32.const 111) (i32.const 9) (i32.const 4) (f64.const -0.5) (i32.const 0x1000) (i32.const 6) (i32.const 0x1400) (i32.const -2) (f64.const 0.75) (i32.const 0x2100) (i32.const 1))
    (call $dcopy (i32.const 6) (i32.const 0x1600) (i32.const 1) (i32.const 0x2200) (i32.const 1))
    (call $dgemv (i32.const 112) (i32.const 9) (i32.const 6) (f64.const -0.75) (i32.const 0x1000) (i32.const 6) (i32.const 0x1400) (i32.const 2) (f64.const 2) (i32.const 0x2200) (i32.const -1))
    (call $dcopy (i32.const 6) (i32.const 0x1600) (i32.const 1) (i32.const 0x2300) (i32.const 1))
    (call $dgemv (i32.const 112) (i32.const 9) (i32.const 6) (f64.const 0) (i32.const 0x1000) (i32.const 6) (i32.const 0x1400) (i32.const 1) (f64.const 3) (i32.const 0x2300) (i32.const 1))
    (call $dcopy (i32.const 6) (i32.const 0x1600) (i32.const 1) (i32.const 0x2400) (i32.const 1))
    (call $dgemv (i32.const 111) (i32.const 6) (i32.const 6) (f64.const 1) (i32.const 0x1000) (i32.const 6) (i32.const 0x2400) (i32.const 1) (f64.const 0.5) (i32.const 0x2400) (i32.const 1))
    (call $dcopy (i32.const 54) (i32.const 0x1000) (i32.const 1) (i32.const 0x2800) (i32.const 1))
    (call $dger (i32.const 9) (i32.const 6) (f64.const 0.5) (i32.const 0x1400) (i32.const 1) (i32.const 0x1600) (i32.const -1) (i32.const 0x2800) (i32.const 6))
    (call $dcopy (i32.const 54) (i32.const 0x1000) (i32.const 1) (i32.const 0x2c00) (i32.const 1))
    (call $dger (i32.const 5) (i32.const 3) (f64.const -1.25) (i32.const 0x1400) (i32.const 3) (i32.const 0x1600) (i32.const 2) (i32.const 0x2c08) (i32.const 6))
    (local.set $bad (i32.or (local.get $bad) (call $outf64 (i32.const 0x40) (i32.const 6) (i32.const 0x2000) (i32.const 9))))
    (local.set $bad (i32.or (local.get $bad) (call $outf64 (i32.const 0x50) (i32.const 10) (i32.const 0x2100) (i32.const 9))))
    (local.set $bad (i32.or (local.get $bad) (call $outf64 (i32.const 0x60) (i32.const 6) (i32.const 0x2200) (i32.const 6))))
    (local.set $bad (i32.or (local.get $bad) (call $outf64 (i32.const 0x70) (i32.const 11) (i32.const 0x2300) (i32.const 6))))
    (local.set $bad (i32.or (local.get $bad) (call $outf64 (i32.const 0x80) (i32.const 10) (i32.const 0x2400) (i32.const 6))))
    (local.set $bad (i32.or (local.get $bad) (call $outf64 (i32.const 0x90) (i32.const 3) (i32.const 0x2800) (i32.const 54))))
    (local.set $bad (i32.or (local.get $bad) (call $outf64 (i32.const 0xa0) (i32.const 7) (i32.const 0x2c00) (i32.const 54))))

    ;; sgemv and sger
    (call $fillf32 (i32.const 0x4000) (i32.const 9))
    (call $sgemv (i32.const 111) (i32.const 9) (i32.const 6) (f32.const 1.25) (i32.const 0x3000) (i32.const 6) (i32.const 0x3400) (i32.const 1) (f32.const 0) (i32.const 0x4000) (i32.const 1))
    (call $scopy (i32.const 9) (i32.const 0x3600) (i32.const 1) (i32.const 0x4100) (i32.const 1))
    (call $sgemv (i32.const 111) (i32.const 9) (i32.const 4) (f32.const -0.5) (i32.const 0x3000) (i32.const 6) (i32.const 0x3400) (i32.const -2) (f32.const 0.75) (i32.const 0x4100) (i32.const 1))
    (call $scopy (i32.const 6) (i32.const 0x3600) (i32.const 1) (i32.const 0x4200) (i32.const 1))
    (call $sgemv (i32.const 112) (i32.const 9) (i32.const 6) (f32.const -0.75) (i32.const 0x3000) (i32.const 6) (i32.const 0x3400) (i32.const 2) (f32.const 2) (i32.const 0x4200) (i32.const -1))
    (call $scopy (i32.const 6) (i32.const 0x3600) (i32.const 1) (i32.const 0x4300) (i32.const 1))
    (call $sgemv (i32.const 112) (i32.const 9) (i32.const 6) (f32.const 0) (i32.const 0x3000) (i32.const 6) (i32.const 0x3400) (i32.const 1) (f32.const 3) (i32.const 0x4300) (i32.const 1))
    (call $scopy (i32.const 6) (i32.const 0x3600) (i32.const 1) (i32.const 0x4400) (i32.const 1))
    (call $sgemv (i32.const 111) (i32.const 6) (i32.const 6) (f32.const 1) (i32.const 0x3000) (i32.const 6) (i32.const 0x4400) (i32.const 1) (f32.const 0.5) (i32.const 0x4400) (i32.const 1))
    (call $scopy (i32.const 54) (i32.const 0x3000) (i32.const 1) (i32.const 0x4800) (i32.const 1))
    (call $sger (i32.const 9) (i32.const 6) (f32.const 0.5) (i32.const 0x3400) (i32.const 1) (i32.const 0x3600) (i32.const -1) (i32.const 0x4800) (i32.const 6))
    (call $scopy (i32.const 54) (i32.const 0x3000) (i32.const 1) (i32.const 0x4c00) (i32.const 1))
    (call $sger (i32.const 5) (i32.const 3) (f32.const -1.25) (i32.const 0x3400) (i32.const 3) (i32.const 0x3600) (i32.const 2) (i32.const 0x4c04) (i32.const 6))
    (local.set $bad (i32.or (local.get $bad) (call $outf32 (i32.const 0xb0) (i32.const 7) (i32.const 0x4000) (i32.const 9))))
    (local.set $bad (i32.or (local.get $bad) (call $outf32 (i32.const 0xc0) (i32.const 11) (i32.const 0x4100) (i32.const 9))))
    (local.set $bad (i32.or (local.get $bad) (call $outf32 (i32.const 0xd0) (i32.const 7) (i32.const 0x4200) (i32.const 6))))
    (local.set $bad (i32.or (local.get $bad) (call $outf32 (i32.const 0xe0) (i32.const 12) (i32.const 0x4300) (i32.const 6))))
    (local.set $bad (i32.or (local.get $bad) (call $outf32 (i32.const 0xf0) (i32.const 11) (i32.const 0x4400) (i32.const 6))))
    (local.set $bad (i32.or (local.get $bad) (call $outf32 (i32.const 0x100) (i32.const 4) (i32.const 0x4800) (i32.const 54))))
    (local.set $bad (i32.or (local.get $bad) (call $outf32 (i32.const 0x110) (i32.const 8) (i32.const 0x4c00) (i32.const 54))))

    (if (local.get $bad) (then (return (i32.const 5))))
    (i32.const 0)))
