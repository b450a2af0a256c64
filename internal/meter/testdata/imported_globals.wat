;; flags: --debug-names
;; Imported globals come first in the global index space.
(module
  (import "env" "a" (global $a i32))
  (import "env" "b" (global $b i64))
  (global $c (mut i32) (i32.const 7))
  (func (export "sum") (result i32)
    global.get $a global.get $c i32.add))
