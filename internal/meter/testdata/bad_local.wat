;; flags: --no-check
;; Writes local 1 of a function with one param and no locals: the index of
;; the instrumenter's cached gas counter.
(module
  (func (export "f") (param i32)
    i64.const 999999999999
    local.set 1))
