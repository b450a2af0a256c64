;; flags: --debug-names
;; Call depth: unbounded and bounded recursion, direct and through a
;; table, and every way out of a function (fall through, return, br and
;; br_if to the function label).
(module
  (type $i32_i32 (func (param i32) (result i32)))
  (table 1 funcref)
  (elem (i32.const 0) $rec_indirect)
  (func $rec (export "rec") (param i32) (result i32)
    local.get 0 i32.const 1 i32.add call $rec)
  (func $down (export "down") (param i32) (result i32)
    local.get 0
    i32.eqz
    if (result i32)
      i32.const 0
    else
      local.get 0 i32.const 1 i32.sub call $down i32.const 1 i32.add
    end)
  (func (export "exits") (param i32) (result i32)
    local.get 0 i32.const 1 i32.eq
    if
      i32.const 10
      return
    end
    i32.const 20
    local.get 0 i32.const 2 i32.eq
    br_if 0
    local.get 0 i32.const 3 i32.eq
    if
      i32.const 30
      br 1
    end
    drop
    i32.const 40)
  (func (export "pair") (param i32) (result i32 i64)
    local.get 0
    i64.const 2
    local.get 0
    br_if 0
    drop
    drop
    i32.const 1
    i64.const 1)
  (func $rec_indirect (export "rec_indirect") (param i32) (result i32)
    local.get 0 i32.const 1 i32.add i32.const 0 call_indirect (type $i32_i32))
  (func (export "locals") (param i32 i64) (result i64) (local i32 i64)
    ;; locals past the params, read and written around a call
    local.get 0 i32.const 1 i32.add local.set 2
    local.get 1 i64.const 2 i64.mul local.set 3
    local.get 2 call $down local.get 2 i32.add i64.extend_i32_u
    local.get 3 i64.add))
