;; Level-1 f32 BLAS: sdot, snrm2, sasum, isamax, saxpy, sscal, scopy on the
;; f64 inputs x (37), y (37) and s (5: huge, tiny and subnormal values for
;; snrm2's scaling), each converted to f32 (f32.demote_f64), with unit,
;; strided and negative increments, n = 0, and inputs that overlap the
;; output: the f32 twin of blas_level1_f64. It emits:
;;   scalars (f32[16]):
;;      0 sdot(37, x,1, y,1)        1 sdot(18, x,2, y,-2)     2 sdot(12, x,-3, y,3)
;;      3 sdot(0, x,1, y,1)         4 snrm2(37, x,1)          5 snrm2(12, x,-3)
;;      6 snrm2(5, s,1)             7 snrm2(0, x,1)           8 sasum(37, x,1)
;;      9 sasum(18, x,-2)          10 sasum(5, s,-1)         11 isamax(37, x,1)
;;     12 isamax(18, x,-2)         13 isamax(0, x,1)         14 isamax(5, s,1)
;;     15 isamax(5, s,-1)           (isamax results converted to f32)
;;   axpy (f32[37]): y; saxpy(37, 0.37, x,1, ., 1); saxpy(12, -1.5, x,3, ., -3)
;;   alias (f32[37]): y; saxpy(20, 2, w[0..],1, w[1..],1); scopy(10, w[0..],2, w[1..],-2)
;;   scal (f32[37]): x; sscal(37, -0.7, ., 1); sscal(12, 3, ., -3); sscal(5, 0, .[30..], 1)
;;   copy (f32[18]): scopy(18, x,2, ., -1)
;; Exit codes: 2 an input is missing or not f64, 3 an input has the wrong
;; length, 5 an emit failed.
(module
  (import "dml" "tensor_info" (func $tensor_info (param i32 i32 i32 i32) (result i32)))
  (import "dml" "tensor_read" (func $tensor_read (param i32 i32 i32 i32 i32) (result i32)))
  (import "dml" "emit" (func $emit (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (import "dml" "sdot" (func $sdot (param i32 i32 i32 i32 i32) (result f32)))
  (import "dml" "snrm2" (func $snrm2 (param i32 i32 i32) (result f32)))
  (import "dml" "sasum" (func $sasum (param i32 i32 i32) (result f32)))
  (import "dml" "isamax" (func $isamax (param i32 i32 i32) (result i32)))
  (import "dml" "saxpy" (func $saxpy (param i32 f32 i32 i32 i32 i32)))
  (import "dml" "sscal" (func $sscal (param i32 f32 i32 i32)))
  (import "dml" "scopy" (func $scopy (param i32 i32 i32 i32 i32)))
  (memory (export "memory") 1)
  ;; names
  (data (i32.const 0x10) "x")
  (data (i32.const 0x18) "y")
  (data (i32.const 0x20) "s")
  (data (i32.const 0x28) "scalars")
  (data (i32.const 0x30) "axpy")
  (data (i32.const 0x38) "alias")
  (data (i32.const 0x40) "scal")
  (data (i32.const 0x48) "copy")
  ;; 0x100 info record, 0x180 emit dims, 0x1000 f64 input scratch; f32 arrays:
  ;; 0x3000 x, 0x3400 y, 0x3800 s, 0x3c00 scalars,
  ;; 0x4000 axpy, 0x4400 alias, 0x4800 scal, 0x4c00 copy
  (func (export "dml_abi_version") (result i32) (i32.const 1))

  ;; $load reads the f64 input named [name, name+len) to dst and returns its
  ;; element count, or -1.
  (func $load (param $name i32) (param $len i32) (param $dst i32) (result i32)
    (local $rank i32) (local $i i32) (local $n i32)
    (if (call $tensor_info (i32.const 0) (local.get $name) (local.get $len) (i32.const 0x100))
      (then (return (i32.const -1))))
    (if (i32.ne (i32.load (i32.const 0x100)) (i32.const 1))
      (then (return (i32.const -1))))
    (local.set $rank (i32.load (i32.const 0x104)))
    (local.set $n (i32.const 1))
    (block $done
      (loop $dims
        (br_if $done (i32.ge_u (local.get $i) (local.get $rank)))
        (local.set $n (i32.mul (local.get $n)
          (i32.wrap_i64 (i64.load (i32.add (i32.const 0x108) (i32.shl (local.get $i) (i32.const 3)))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $dims)))
    (if (call $tensor_read (i32.const 0) (local.get $name) (local.get $len) (local.get $dst)
          (i32.shl (local.get $n) (i32.const 3)))
      (then (return (i32.const -1))))
    (local.get $n))

  ;; $out emits n f32 at data as the rank-1 output [name, name+len); returns
  ;; the emit status.
  (func $out (param $name i32) (param $len i32) (param $data i32) (param $n i32) (result i32)
    (i64.store (i32.const 0x180) (i64.extend_i32_u (local.get $n)))
    (call $emit (i32.const 0) (local.get $name) (local.get $len) (i32.const 2)
      (i32.const 0x180) (i32.const 1) (local.get $data) (i32.shl (local.get $n) (i32.const 2))))

  ;; $load32 reads the f64 input named [name, name+len), which must have want
  ;; elements, and stores it as f32 at dst; returns 0, or the exit code.
  (func $load32 (param $name i32) (param $len i32) (param $dst i32) (param $want i32) (result i32)
    (local $n i32) (local $i i32)
    (if (i32.lt_s (local.tee $n (call $load (local.get $name) (local.get $len) (i32.const 0x1000))) (i32.const 0))
      (then (return (i32.const 2))))
    (if (i32.ne (local.get $n) (local.get $want)) (then (return (i32.const 3))))
    (block $done
      (loop $demote
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (f32.store (i32.add (local.get $dst) (i32.shl (local.get $i) (i32.const 2)))
          (f32.demote_f64 (f64.load (i32.add (i32.const 0x1000) (i32.shl (local.get $i) (i32.const 3))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $demote)))
    (i32.const 0))

  (func (export "dml_run") (result i32)
    (local $code i32) (local $bad i32)
    (if (local.tee $code (call $load32 (i32.const 0x10) (i32.const 1) (i32.const 0x3000) (i32.const 37)))
      (then (return (local.get $code))))
    (if (local.tee $code (call $load32 (i32.const 0x18) (i32.const 1) (i32.const 0x3400) (i32.const 37)))
      (then (return (local.get $code))))
    (if (local.tee $code (call $load32 (i32.const 0x20) (i32.const 1) (i32.const 0x3800) (i32.const 5)))
      (then (return (local.get $code))))

    ;; scalars
    (f32.store (i32.const 0x3c00) (call $sdot (i32.const 37) (i32.const 0x3000) (i32.const 1) (i32.const 0x3400) (i32.const 1)))
    (f32.store (i32.const 0x3c04) (call $sdot (i32.const 18) (i32.const 0x3000) (i32.const 2) (i32.const 0x3400) (i32.const -2)))
    (f32.store (i32.const 0x3c08) (call $sdot (i32.const 12) (i32.const 0x3000) (i32.const -3) (i32.const 0x3400) (i32.const 3)))
    (f32.store (i32.const 0x3c0c) (call $sdot (i32.const 0) (i32.const 0x3000) (i32.const 1) (i32.const 0x3400) (i32.const 1)))
    (f32.store (i32.const 0x3c10) (call $snrm2 (i32.const 37) (i32.const 0x3000) (i32.const 1)))
    (f32.store (i32.const 0x3c14) (call $snrm2 (i32.const 12) (i32.const 0x3000) (i32.const -3)))
    (f32.store (i32.const 0x3c18) (call $snrm2 (i32.const 5) (i32.const 0x3800) (i32.const 1)))
    (f32.store (i32.const 0x3c1c) (call $snrm2 (i32.const 0) (i32.const 0x3000) (i32.const 1)))
    (f32.store (i32.const 0x3c20) (call $sasum (i32.const 37) (i32.const 0x3000) (i32.const 1)))
    (f32.store (i32.const 0x3c24) (call $sasum (i32.const 18) (i32.const 0x3000) (i32.const -2)))
    (f32.store (i32.const 0x3c28) (call $sasum (i32.const 5) (i32.const 0x3800) (i32.const -1)))
    (f32.store (i32.const 0x3c2c) (f32.convert_i32_s (call $isamax (i32.const 37) (i32.const 0x3000) (i32.const 1))))
    (f32.store (i32.const 0x3c30) (f32.convert_i32_s (call $isamax (i32.const 18) (i32.const 0x3000) (i32.const -2))))
    (f32.store (i32.const 0x3c34) (f32.convert_i32_s (call $isamax (i32.const 0) (i32.const 0x3000) (i32.const 1))))
    (f32.store (i32.const 0x3c38) (f32.convert_i32_s (call $isamax (i32.const 5) (i32.const 0x3800) (i32.const 1))))
    (f32.store (i32.const 0x3c3c) (f32.convert_i32_s (call $isamax (i32.const 5) (i32.const 0x3800) (i32.const -1))))

    ;; axpy: w = y; w += 0.37·x; then the strided, reversed update
    (call $scopy (i32.const 37) (i32.const 0x3400) (i32.const 1) (i32.const 0x4000) (i32.const 1))
    (call $saxpy (i32.const 37) (f32.const 0.37) (i32.const 0x3000) (i32.const 1) (i32.const 0x4000) (i32.const 1))
    (call $saxpy (i32.const 12) (f32.const -1.5) (i32.const 0x3000) (i32.const 3) (i32.const 0x4000) (i32.const -3))

    ;; alias: inputs that overlap the output are read as they were before the call
    (call $scopy (i32.const 37) (i32.const 0x3400) (i32.const 1) (i32.const 0x4400) (i32.const 1))
    (call $saxpy (i32.const 20) (f32.const 2) (i32.const 0x4400) (i32.const 1) (i32.const 0x4404) (i32.const 1))
    (call $scopy (i32.const 10) (i32.const 0x4400) (i32.const 2) (i32.const 0x4404) (i32.const -2))

    ;; scal, including alpha = 0 on negative values (signed zeros)
    (call $scopy (i32.const 37) (i32.const 0x3000) (i32.const 1) (i32.const 0x4800) (i32.const 1))
    (call $sscal (i32.const 37) (f32.const -0.7) (i32.const 0x4800) (i32.const 1))
    (call $sscal (i32.const 12) (f32.const 3) (i32.const 0x4800) (i32.const -3))
    (call $sscal (i32.const 5) (f32.const 0) (i32.const 0x4878) (i32.const 1))

    ;; copy: a strided gather written backwards
    (call $scopy (i32.const 18) (i32.const 0x3000) (i32.const 2) (i32.const 0x4c00) (i32.const -1))

    (local.set $bad (call $out (i32.const 0x28) (i32.const 7) (i32.const 0x3c00) (i32.const 16)))
    (local.set $bad (i32.or (local.get $bad) (call $out (i32.const 0x30) (i32.const 4) (i32.const 0x4000) (i32.const 37))))
    (local.set $bad (i32.or (local.get $bad) (call $out (i32.const 0x38) (i32.const 5) (i32.const 0x4400) (i32.const 37))))
    (local.set $bad (i32.or (local.get $bad) (call $out (i32.const 0x40) (i32.const 4) (i32.const 0x4800) (i32.const 37))))
    (local.set $bad (i32.or (local.get $bad) (call $out (i32.const 0x48) (i32.const 4) (i32.const 0x4c00) (i32.const 18))))
    (if (local.get $bad) (then (return (i32.const 5))))
    (i32.const 0)))
