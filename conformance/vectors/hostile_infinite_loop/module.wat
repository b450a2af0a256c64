;; An infinite loop in dml_run: bounded by gas alone.
(module
  (memory (export "memory") 1)
  (func (export "dml_abi_version") (result i32) (i32.const 1))
  (func (export "dml_run") (result i32)
    (loop $forever (br $forever))
    (i32.const 0)))
