;; Level-1 f64 BLAS: ddot, dnrm2, dasum, idamax, daxpy, dscal, dcopy on the
;; f64 inputs x (37), y (37) and s (5: huge, tiny and subnormal values for
;; dnrm2's scaling), with unit, strided and negative increments, n = 0, and
;; inputs that overlap the output. It emits:
;;   scalars (f64[16]):
;;      0 ddot(37, x,1, y,1)        1 ddot(18, x,2, y,-2)     2 ddot(12, x,-3, y,3)
;;      3 ddot(0, x,1, y,1)         4 dnrm2(37, x,1)          5 dnrm2(12, x,-3)
;;      6 dnrm2(5, s,1)             7 dnrm2(0, x,1)           8 dasum(37, x,1)
;;      9 dasum(18, x,-2)          10 dasum(5, s,-1)         11 idamax(37, x,1)
;;     12 idamax(18, x,-2)         13 idamax(0, x,1)         14 idamax(5, s,1)
;;     15 idamax(5, s,-1)           (idamax results converted to f64)
;;   axpy (f64[37]): y; daxpy(37, 0.37, x,1, ., 1); daxpy(12, -1.5, x,3, ., -3)
;;   alias (f64[37]): y; daxpy(20, 2, w[0..],1, w[1..],1); dcopy(10, w[0..],2, w[1..],-2)
;;   scal (f64[37]): x; dscal(37, -0.7, ., 1); dscal(12, 3, ., -3); dscal(5, 0, .[30..], 1)
;;   copy (f64[18]): dcopy(18, x,2, ., -1)
;; Exit codes: 2 an input is missing or not f64, 3 an input has the wrong
;; length, 5 an emit failed.
(module
  (import "dml" "tensor_info" (func $tensor_info (param i32 i32 i32 i32) (result i32)))
  (import "dml" "tensor_read" (func $tensor_read (param i32 i32 i32 i32 i32) (result i32)))
  (import "dml" "emit" (func $emit (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (import "dml" "ddot" (func $ddot (param i32 i32 i32 i32 i32) (result f64)))
  (import "dml" "dnrm2" (func $dnrm2 (param i32 i32 i32) (result f64)))
  (import "dml" "dasum" (func $dasum (param i32 i32 i32) (result f64)))
  (import "dml" "idamax" (func $idamax (param i32 i32 i32) (result i32)))
  (import "dml" "daxpy" (func $daxpy (param i32 f64 i32 i32 i32 i32)))
  (import "dml" "dscal" (func $dscal (param i32 f64 i32 i32)))
  (import "dml" "dcopy" (func $dcopy (param i32 i32 i32 i32 i32)))
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
  ;; 0x100 info record, 0x180 emit dims; f64 arrays:
  ;; 0x1000 x, 0x1400 y, 0x1800 s, 0x1c00 scalars,
  ;; 0x2000 axpy, 0x2400 alias, 0x2800 scal, 0x2c00 copy
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

  ;; $out emits n f64 at data as the rank-1 output [name, name+len); returns
  ;; the emit status.
  (func $out (param $name i32) (param $len i32) (param $data i32) (param $n i32) (result i32)
    (i64.store (i32.const 0x180) (i64.extend_i32_u (local.get $n)))
    (call $emit (i32.const 0) (local.get $name) (local.get $len) (i32.const 1)
      (i32.const 0x180) (i32.const 1) (local.get $data) (i32.shl (local.get $n) (i32.const 3))))

  (func (export "dml_run") (result i32)
    (local $n i32) (local $bad i32)
    (if (i32.lt_s (local.tee $n (call $load (i32.const 0x10) (i32.const 1) (i32.const 0x1000))) (i32.const 0))
      (then (return (i32.const 2))))
    (if (i32.ne (local.get $n) (i32.const 37)) (then (return (i32.const 3))))
    (if (i32.lt_s (local.tee $n (call $load (i32.const 0x18) (i32.const 1) (i32.const 0x1400))) (i32.const 0))
      (then (return (i32.const 2))))
    (if (i32.ne (local.get $n) (i32.const 37)) (then (return (i32.const 3))))
    (if (i32.lt_s (local.tee $n (call $load (i32.const 0x20) (i32.const 1) (i32.const 0x1800))) (i32.const 0))
      (then (return (i32.const 2))))
    (if (i32.ne (local.get $n) (i32.const 5)) (then (return (i32.const 3))))

    ;; scalars
    (f64.store (i32.const 0x1c00) (call $ddot (i32.const 37) (i32.const 0x1000) (i32.const 1) (i32.const 0x1400) (i32.const 1)))
    (f64.store (i32.const 0x1c08) (call $ddot (i32.const 18) (i32.const 0x1000) (i32.const 2) (i32.const 0x1400) (i32.const -2)))
    (f64.store (i32.const 0x1c10) (call $ddot (i32.const 12) (i32.const 0x1000) (i32.const -3) (i32.const 0x1400) (i32.const 3)))
    (f64.store (i32.const 0x1c18) (call $ddot (i32.const 0) (i32.const 0x1000) (i32.const 1) (i32.const 0x1400) (i32.const 1)))
    (f64.store (i32.const 0x1c20) (call $dnrm2 (i32.const 37) (i32.const 0x1000) (i32.const 1)))
    (f64.store (i32.const 0x1c28) (call $dnrm2 (i32.const 12) (i32.const 0x1000) (i32.const -3)))
    (f64.store (i32.const 0x1c30) (call $dnrm2 (i32.const 5) (i32.const 0x1800) (i32.const 1)))
    (f64.store (i32.const 0x1c38) (call $dnrm2 (i32.const 0) (i32.const 0x1000) (i32.const 1)))
    (f64.store (i32.const 0x1c40) (call $dasum (i32.const 37) (i32.const 0x1000) (i32.const 1)))
    (f64.store (i32.const 0x1c48) (call $dasum (i32.const 18) (i32.const 0x1000) (i32.const -2)))
    (f64.store (i32.const 0x1c50) (call $dasum (i32.const 5) (i32.const 0x1800) (i32.const -1)))
    (f64.store (i32.const 0x1c58) (f64.convert_i32_s (call $idamax (i32.const 37) (i32.const 0x1000) (i32.const 1))))
    (f64.store (i32.const 0x1c60) (f64.convert_i32_s (call $idamax (i32.const 18) (i32.const 0x1000) (i32.const -2))))
    (f64.store (i32.const 0x1c68) (f64.convert_i32_s (call $idamax (i32.const 0) (i32.const 0x1000) (i32.const 1))))
    (f64.store (i32.const 0x1c70) (f64.convert_i32_s (call $idamax (i32.const 5) (i32.const 0x1800) (i32.const 1))))
    (f64.store (i32.const 0x1c78) (f64.convert_i32_s (call $idamax (i32.const 5) (i32.const 0x1800) (i32.const -1))))

    ;; axpy: w = y; w += 0.37·x; then the strided, reversed update
    (call $dcopy (i32.const 37) (i32.const 0x1400) (i32.const 1) (i32.const 0x2000) (i32.const 1))
    (call $daxpy (i32.const 37) (f64.const 0.37) (i32.const 0x1000) (i32.const 1) (i32.const 0x2000) (i32.const 1))
    (call $daxpy (i32.const 12) (f64.const -1.5) (i32.const 0x1000) (i32.const 3) (i32.const 0x2000) (i32.const -3))

    ;; alias: inputs that overlap the output are read as they were before the call
    (call $dcopy (i32.const 37) (i32.const 0x1400) (i32.const 1) (i32.const 0x2400) (i32.const 1))
    (call $daxpy (i32.const 20) (f64.const 2) (i32.const 0x2400) (i32.const 1) (i32.const 0x2408) (i32.const 1))
    (call $dcopy (i32.const 10) (i32.const 0x2400) (i32.const 2) (i32.const 0x2408) (i32.const -2))

    ;; scal, including alpha = 0 on negative values (signed zeros)
    (call $dcopy (i32.const 37) (i32.const 0x1000) (i32.const 1) (i32.const 0x2800) (i32.const 1))
    (call $dscal (i32.const 37) (f64.const -0.7) (i32.const 0x2800) (i32.const 1))
    (call $dscal (i32.const 12) (f64.const 3) (i32.const 0x2800) (i32.const -3))
    (call $dscal (i32.const 5) (f64.const 0) (i32.const 0x28f0) (i32.const 1))

    ;; copy: a strided gather written backwards
    (call $dcopy (i32.const 18) (i32.const 0x1000) (i32.const 2) (i32.const 0x2c00) (i32.const -1))

    (local.set $bad (call $out (i32.const 0x28) (i32.const 7) (i32.const 0x1c00) (i32.const 16)))
    (local.set $bad (i32.or (local.get $bad) (call $out (i32.const 0x30) (i32.const 4) (i32.const 0x2000) (i32.const 37))))
    (local.set $bad (i32.or (local.get $bad) (call $out (i32.const 0x38) (i32.const 5) (i32.const 0x2400) (i32.const 37))))
    (local.set $bad (i32.or (local.get $bad) (call $out (i32.const 0x40) (i32.const 4) (i32.const 0x2800) (i32.const 37))))
    (local.set $bad (i32.or (local.get $bad) (call $out (i32.const 0x48) (i32.const 4) (i32.const 0x2c00) (i32.const 18))))
    (if (local.get $bad) (then (return (i32.const 5))))
    (i32.const 0)))
