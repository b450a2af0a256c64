;; flags: --no-check
;; Calls function 3 of a module with one function.
(module
  (func (export "f")
    call 3))
