;; flags: --no-check
;; Writes global 0, which does not exist until the instrumenter appends dml_gas.
(module
  (func (export "f")
    i64.const 999999999999
    global.set 0))
