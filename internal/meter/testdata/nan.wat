;; flags:
;; NaN bits escaping to integers: each function returns bits that differ
;; between engines or CPUs unless NaNs are canonicalised.
(module
  (memory 1)
  (func (export "add_reinterpret") (result i32)
    f32.const nan:0x200001
    f32.const -nan:0x300002
    f32.add
    i32.reinterpret_f32)
  (func (export "div_reinterpret") (result i64)
    f64.const 0
    f64.const 0
    f64.div
    i64.reinterpret_f64)
  (func (export "store_load32") (result i32)
    i32.const 8
    f32.const nan:0x200001
    f32.const -nan:0x300002
    f32.add
    f32.store
    i32.const 8
    i32.load)
  (func (export "store_load64") (result i64)
    i32.const 16
    f64.const 0
    f64.const 0
    f64.div
    f64.store
    i32.const 16
    i64.load)
  (func (export "copysign") (result i64)
    f64.const 1
    f64.const 0
    f64.const 0
    f64.div
    f64.copysign
    i64.reinterpret_f64)
  (func (export "simd_add") (result i32)
    v128.const i32x4 0x7fa00001 0x7fa00001 0x7fa00001 0x7fa00001
    v128.const i32x4 0xffb00002 0xffb00002 0xffb00002 0xffb00002
    f32x4.add
    i32x4.extract_lane 2)
  (func (export "simd_div64") (result i64)
    v128.const f64x2 0 0
    v128.const f64x2 0 0
    f64x2.div
    i64x2.extract_lane 1)
  (func (export "simd_splat") (result i32)
    f32.const 0
    f32.const 0
    f32.div
    f32x4.splat
    i32x4.extract_lane 3)
  (func (export "simd_store") (result i64)
    i32.const 32
    v128.const f64x2 0 1
    v128.const f64x2 0 1
    f64x2.div
    v128.store
    i32.const 32
    i64.load)
  (func (export "plain") (result i64)
    f64.const 2.5
    f64.const -0
    f64.copysign
    i64.reinterpret_f64)
  (func (export "plain_store") (result i32)
    i32.const 40
    f32.const -1.5
    f32.store
    i32.const 40
    i32.load))
