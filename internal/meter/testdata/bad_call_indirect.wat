;; flags: --no-check
;; call_indirect with type 4 in a module with one type.
(module
  (table 1 funcref)
  (func (export "f")
    i32.const 0
    call_indirect (type 4)))
