;; Unbounded recursion: ends in stack_exhausted at the same depth and gas on every engine.
(module
  (memory (export "memory") 1)
  (func $deeper (param i32) (result i32)
    (call $deeper (i32.add (local.get 0) (i32.const 1))))
  (func (export "dml_abi_version") (result i32) (i32.const 1))
  (func (export "dml_run") (result i32) (call $deeper (i32.const 0))))
