;; flags:
;; A module exercising every supported section and immediate form.
(module
  (type $pair (func (param i32) (result i32 i64)))
  (import "env" "f" (func $imp (param i32) (result i32)))
  (import "env" "g" (global $ig (mut i64)))
  (import "env" "t" (table 1 funcref))
  (import "env" "mem" (memory 1 4))
  (func $multi (type $pair) (local i32 i64 f32 f64 v128)
    local.get 0
    block (type $pair)
      i64.const -5
      br 0
    end
    i32.const 7
    i32.const 8
    i32.const 1
    select (result i32)
    drop)
  (func $ctl (param i32) (result i32)
    (block $a (block $b (block $c
      local.get 0
      br_table $a $b $c $a)))
    loop $l
      local.get 0
      i32.const 1
      i32.sub
      local.tee 0
      br_if $l
    end
    local.get 0
    if (result i32)
      i32.const 1
    else
      i32.const 2
    end
    call $imp
    i32.const 0
    call_indirect (param i32) (result i32))
  (func $simd (result i32)
    i32.const 16
    v128.const i32x4 1 2 3 4
    v128.const i64x2 5 6
    i8x16.shuffle 0 17 2 19 4 21 6 23 8 25 10 27 12 29 14 31
    v128.load32_lane offset=4 align=4 2
    i32x4.extract_lane 3
    i32.const 0
    v128.load align=16
    i16x8.extract_lane_u 1
    i32.add)
  (func $bulk
    i32.const 0 i32.const 0 i32.const 3 memory.init $d
    data.drop $d
    i32.const 0 i32.const 8 i32.const 4 memory.copy
    i32.const 0 i32.const 255 i32.const 4 memory.fill
    i32.const 1 memory.grow drop
    memory.size drop
    ref.null func drop
    ref.func $ctl drop
    f32.const 1.5 drop
    f64.const -2.25 drop
    i64.const 0x7fffffffffffffff drop
    i32.const -2147483648 drop
    i32.const 0 i32.const 0 i32.const 0 table.init $e
    elem.drop $e
    i32.const 0 table.get 0 drop)
  (func $start)
  (global $g (mut i32) (i32.const 42))
  (global $h f64 (f64.const 3.5))
  (global $r funcref (ref.func $simd))
  (elem $e func $ctl $simd)
  (elem (i32.const 0) $multi)
  (elem declare func $bulk)
  (elem (table 0) (i32.const 0) funcref (ref.func $ctl) (ref.null func))
  (data $d "abc")
  (data (i32.const 16) "\01\02\03\04")
  (start $start)
  (export "ctl" (func $ctl))
  (export "g" (global $g))
  (export "mem" (memory 0)))
