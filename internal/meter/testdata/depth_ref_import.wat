;; flags:
;; The depth stays in dml_depth: a body takes a reference to an imported
;; function (declared by its export) and stores it in the table, found
;; only while metering.
(module
  (type $i32_i32 (func (param i32) (result i32)))
  (import "env" "f" (func $f (type $i32_i32)))
  (table 2 funcref)
  (export "f" (func $f))
  (elem (i32.const 1) $rec)
  (func $rec (export "rec") (param i32) (result i32)
    i32.const 0 ref.func $f table.set 0
    local.get 0 i32.const 1 i32.add i32.const 1 call_indirect (type $i32_i32)))
