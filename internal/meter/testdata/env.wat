;; flags: --debug-names
(module
  (global (export "a") i32 (i32.const 5))
  (global (export "b") i64 (i64.const 6)))
