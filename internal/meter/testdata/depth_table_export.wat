;; flags:
;; The depth stays in dml_depth: the table is exported, so the host could
;; call its functions with their original signatures.
(module
  (type $i32_i32 (func (param i32) (result i32)))
  (table (export "table") 1 funcref)
  (elem (i32.const 0) $rec)
  (func $rec (export "rec") (param i32) (result i32)
    local.get 0 i32.const 1 i32.add i32.const 0 call_indirect (type $i32_i32)))
