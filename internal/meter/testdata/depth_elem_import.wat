;; flags:
;; The depth stays in dml_depth: an element segment puts an imported
;; function in the table, where call_indirect could not pass it a depth.
(module
  (type $i32_i32 (func (param i32) (result i32)))
  (import "env" "f" (func $f (type $i32_i32)))
  (table 2 funcref)
  (elem (i32.const 0) $f $rec)
  (func $rec (export "rec") (param i32) (result i32)
    local.get 0 i32.const 1 i32.add i32.const 1 call_indirect (type $i32_i32)))
