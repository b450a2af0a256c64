;; flags:
;; The depth stays in dml_depth: the table is imported, so it may hold
;; host functions, which take no depth.
(module
  (type $i32_i32 (func (param i32) (result i32)))
  (import "env" "table" (table 1 funcref))
  (elem (i32.const 0) $rec)
  (func $rec (export "rec") (param i32) (result i32)
    local.get 0 i32.const 1 i32.add i32.const 0 call_indirect (type $i32_i32)))
