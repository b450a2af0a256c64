;; flags: --no-check
;; An active data segment at offset global.get 0, without globals.
(module
  (memory 1)
  (data (global.get 0) "x"))
