;; Level-3 BLAS: dgemm and sgemm on the f64 inputs A (64×40) and B (40×48),
;; row-major; the f32 calls use them converted to f32 (f32.demote_f64). It
;; emits (C is row-major, ld its column count unless said otherwise):
;;   nn  (64×48): C = NaN; dgemm(N, N, 64, 48, 40, 1, A, 40, B, 48, 0, C, 48)
;;                (beta = 0: C is not read)
;;   tt  (48×64): dgemm(T, T, 48, 64, 40, -1.5, B, 48, A, 40, 0, C, 64) = -1.5·(A·B)ᵀ
;;   nt  (64×64): dgemm(N, T, 64, 64, 40, 0.75, A, 40, A, 40, 0, C, 64)
;;   tn  (48×48): dgemm(T, N, 48, 48, 40, 1, B, 48, B, 48, 0, C, 48), then
;;                dgemm(T, N, 48, 48, 40, -0.25, B, 48, B, 48, 0.5, C, 48)
;;   sub (64×48): C = nn; dgemm(N, N, 32, 24, 16, 2, &A[1][2], 40, &B[3][5], 48,
;;                -1, &C[4][7], 48): sub-matrices with leading dimensions > columns
;;   k0  (64×48): C = nn; dgemm with k = 0 and beta -2, then with alpha 0 and
;;                beta 0.5: only C is scaled
;;   big (130×20): Abig (130×300) and Bbig (20×300) filled cyclically from A and B
;;                (Abig[i] = A[i mod 2560], Bbig[i] = B[i mod 1920], flat);
;;                dgemm(N, T, 130, 20, 300, 0.5, Abig, 300, Bbig, 300, 0, C, 20):
;;                three 64-row blocks (two workers at GOMAXPROCS 2), two k slices
;;                of 256, edge tiles
;;   snn (64×48): sgemm as nn
;;   stt (48×64): sgemm as tt
;;   sbig (130×20): Abig32 (300×130) and Bbig32 (300×20) filled as for big;
;;                sgemm(T, N, 130, 20, 300, 0.5, Abig32, 130, Bbig32, 20, 0, C, 20)
;; Exit codes: 2 an input is missing or not f64, 3 an input has the wrong
;; length, 5 an emit failed.
(module
  (import "dml" "tensor_info" (func $tensor_info (param i32 i32 i32 i32) (result i32)))
  (import "dml" "tensor_read" (func $tensor_read (param i32 i32 i32 i32 i32) (result i32)))
  (import "dml" "emit" (func $emit (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (import "dml" "dcopy" (func $dcopy (param i32 i32 i32 i32 i32)))
  (import "dml" "dgemm" (func $dgemm (param i32 i32 i32 i32 i32 f64 i32 i32 i32 i32 f64 i32 i32)))
  (import "dml" "sgemm" (func $sgemm (param i32 i32 i32 i32 i32 f32 i32 i32 i32 i32 f32 i32 i32)))
  (memory (export "memory") 18)
  ;; names
  (data (i32.const 0x10) "A")
  (data (i32.const 0x20) "B")
  (data (i32.const 0x30) "nn")
  (data (i32.const 0x40) "tt")
  (data (i32.const 0x50) "nt")
  (data (i32.const 0x60) "tn")
  (data (i32.const 0x70) "sub")
  (data (i32.const 0x80) "k0")
  (data (i32.const 0x90) "big")
  (data (i32.const 0xa0) "snn")
  (data (i32.const 0xb0) "stt")
  (data (i32.const 0xc0) "sbig")
  ;; 0x200 info record, 0x280 emit dims; f64: 0x10000 A, 0x18000 B,
  ;; 0x20000 nn, 0x28000 tt, 0x30000 nt, 0x38000 tn, 0x40000 sub, 0x48000 k0,
  ;; 0x50000 Abig, 0xa0000 Bbig, 0xb0000 big; f32: 0xc0000 A, 0xc4000 B,
  ;; 0xc8000 snn, 0xcc000 stt, 0xd0000 Abig32, 0xf8000 Bbig32, 0x100000 sbig
  (func (export "dml_abi_version") (result i32) (i32.const 1))

  ;; $load reads the f64 input named [name, name+len), which must have want
  ;; elements, to dst; returns 0, or the exit code.
  (func $load (param $name i32) (param $len i32) (param $dst i32) (param $want i32) (result i32)
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
    (i32.const 0))

  ;; $fillf64 sets n f64 at dst to NaN.
  (func $fillf64 (param $dst i32) (param $n i32)
    (block $done
      (loop $fill
        (br_if $done (i32.eqz (local.get $n)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (f64.store (i32.add (local.get $dst) (i32.shl (local.get $n) (i32.const 3))) (f64.const nan))
        (br $fill))))

  ;; $cyclef64 sets dst[i] = src[i mod period] for i < n (f64);
  ;; $cyclef32 stores the same values converted to f32.
  (func $cyclef64 (param $dst i32) (param $n i32) (param $src i32) (param $period i32)
    (local $i i32)
    (block $done
      (loop $fill
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (f64.store (i32.add (local.get $dst) (i32.shl (local.get $i) (i32.const 3)))
          (f64.load (i32.add (local.get $src) (i32.shl (i32.rem_u (local.get $i) (local.get $period)) (i32.const 3)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $fill))))
  (func $cyclef32 (param $dst i32) (param $n i32) (param $src i32) (param $period i32)
    (local $i i32)
    (block $done
      (loop $fill
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (f32.store (i32.add (local.get $dst) (i32.shl (local.get $i) (i32.const 2)))
          (f32.demote_f64 (f64.load (i32.add (local.get $src) (i32.shl (i32.rem_u (local.get $i) (local.get $period)) (i32.const 3))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
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
    (if (local.tee $code (call $load (i32.const 0x10) (i32.const 1) (i32.const 0x10000) (i32.const 0xa00)))
      (then (return (local.get $code))))
    (if (local.tee $code (call $load (i32.const 0x20) (i32.const 1) (i32.const 0x18000) (i32.const 0x780)))
      (then (return (local.get $code))))
    (call $fillf64 (i32.const 0x20000) (i32.const 0xc00))
    (call $dgemm (i32.const 111) (i32.const 111) (i32.const 64) (i32.const 48) (i32.const 40) (f64.const 1) (i32.const 0x10000) (i32.const 40) (i32.const 0x18000) (i32.const 48) (f64.const 0) (i32.const 0x20000) (i32.const 48))
    (call $dgemm (i32.const 112) (i32.const 112) (i32.const 48) (i32.const 64) (i32.const 40) (f64.const -1.5) (i32.const 0x18000) (i32.const 48) (i32.const 0x10000) (i32.const 40) (f64.const 0) (i32.const 0x28000) (i32.const 64))
    (call $dgemm (i32.const 111) (i32.const 112) (i32.const 64) (i32.const 64) (i32.const 40) (f64.const 0.75) (i32.const 0x10000) (i32.const 40) (i32.const 0x10000) (i32.const 40) (f64.const 0) (i32.const 0x30000) (i32.const 64))
    (call $dgemm (i32.const 112) (i32.const 111) (i32.const 48) (i32.const 48) (i32.const 40) (f64.const 1) (i32.const 0x18000) (i32.const 48) (i32.const 0x18000) (i32.const 48) (f64.const 0) (i32.const 0x38000) (i32.const 48))
    (call $dgemm (i32.const 112) (i32.const 111) (i32.const 48) (i32.const 48) (i32.const 40) (f64.const -0.25) (i32.const 0x18000) (i32.const 48) (i32.const 0x18000) (i32.const 48) (f64.const 0.5) (i32.const 0x38000) (i32.const 48))
    (call $dcopy (i32.const 0xc00) (i32.const 0x20000) (i32.const 1) (i32.const 0x40000) (i32.const 1))
    (call $dgemm (i32.const 111) (i32.const 111) (i32.const 32) (i32.const 24) (i32.const 16) (f64.const 2) (i32.const 0x10150) (i32.const 40) (i32.const 0x184a8) (i32.const 48) (f64.const -1) (i32.const 0x40638) (i32.const 48))
    (call $dcopy (i32.const 0xc00) (i32.const 0x20000) (i32.const 1) (i32.const 0x48000) (i32.const 1))
    (call $dgemm (i32.const 111) (i32.const 111) (i32.const 64) (i32.const 48) (i32.const 0) (f64.const 1) (i32.const 0x10000) (i32.const 40) (i32.const 0x18000) (i32.const 48) (f64.const -2) (i32.const 0x48000) (i32.const 48))
    (call $dgemm (i32.const 111) (i32.const 111) (i32.const 64) (i32.const 48) (i32.const 40) (f64.const 0) (i32.const 0x10000) (i32.const 40) (i32.const 0x18000) (i32.const 48) (f64.const 0.5) (i32.const 0x48000) (i32.const 48))
    (call $cyclef64 (i32.const 0x50000) (i32.const 0x9858) (i32.const 0x10000) (i32.const 0xa00))
    (call $cyclef64 (i32.const 0xa0000) (i32.const 0x1770) (i32.const 0x18000) (i32.const 0x780))
    (call $dgemm (i32.const 111) (i32.const 112) (i32.const 130) (i32.const 20) (i32.const 0x12c) (f64.const 0.5) (i32.const 0x50000) (i32.const 0x12c) (i32.const 0xa0000) (i32.const 0x12c) (f64.const 0) (i32.const 0xb0000) (i32.const 20))
    (call $cyclef32 (i32.const 0xd0000) (i32.const 0x9858) (i32.const 0x10000) (i32.const 0xa00))
    (call $cyclef32 (i32.const 0xf8000) (i32.const 0x1770) (i32.const 0x18000) (i32.const 0x780))
    (call $cyclef32 (i32.const 0xc0000) (i32.const 0xa00) (i32.const 0x10000) (i32.const 0xa00))
    (call $cyclef32 (i32.const 0xc4000) (i32.const 0x780) (i32.const 0x18000) (i32.const 0x780))
    (call $sgemm (i32.const 111) (i32.const 111) (i32.const 64) (i32.const 48) (i32.const 40) (f32.const 1) (i32.const 0xc0000) (i32.const 40) (i32.const 0xc4000) (i32.const 48) (f32.const 0) (i32.const 0xc8000) (i32.const 48))
    (call $sgemm (i32.const 112) (i32.const 112) (i32.const 48) (i32.const 64) (i32.const 40) (f32.const -1.5) (i32.const 0xc4000) (i32.const 48) (i32.const 0xc0000) (i32.const 40) (f32.const 0) (i32.const 0xcc000) (i32.const 64))
    (call $sgemm (i32.const 112) (i32.const 111) (i32.const 130) (i32.const 20) (i32.const 0x12c) (f32.const 0.5) (i32.const 0xd0000) (i32.const 130) (i32.const 0xf8000) (i32.const 20) (f32.const 0) (i32.const 0x100000) (i32.const 20))
    (local.set $bad (i32.or (local.get $bad) (call $outf64 (i32.const 0x30) (i32.const 2) (i32.const 0x20000) (i32.const 0xc00))))
    (local.set $bad (i32.or (local.get $bad) (call $outf64 (i32.const 0x40) (i32.const 2) (i32.const 0x28000) (i32.const 0xc00))))
    (local.set $bad (i32.or (local.get $bad) (call $outf64 (i32.const 0x50) (i32.const 2) (i32.const 0x30000) (i32.const 0x1000))))
    (local.set $bad (i32.or (local.get $bad) (call $outf64 (i32.const 0x60) (i32.const 2) (i32.const 0x38000) (i32.const 0x900))))
    (local.set $bad (i32.or (local.get $bad) (call $outf64 (i32.const 0x70) (i32.const 3) (i32.const 0x40000) (i32.const 0xc00))))
    (local.set $bad (i32.or (local.get $bad) (call $outf64 (i32.const 0x80) (i32.const 2) (i32.const 0x48000) (i32.const 0xc00))))
    (local.set $bad (i32.or (local.get $bad) (call $outf64 (i32.const 0x90) (i32.const 3) (i32.const 0xb0000) (i32.const 0xa28))))
    (local.set $bad (i32.or (local.get $bad) (call $outf32 (i32.const 0xa0) (i32.const 3) (i32.const 0xc8000) (i32.const 0xc00))))
    (local.set $bad (i32.or (local.get $bad) (call $outf32 (i32.const 0xb0) (i32.const 3) (i32.const 0xcc000) (i32.const 0xc00))))
    (local.set $bad (i32.or (local.get $bad) (call $outf32 (i32.const 0xc0) (i32.const 4) (i32.const 0x100000) (i32.const 0xa28))))
    (if (local.get $bad) (then (return (i32.const 5))))
    (i32.const 0)))
