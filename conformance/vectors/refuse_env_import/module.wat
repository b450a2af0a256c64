;; Imports env.anything, which ABI v1 does not offer: refused at load.
(module
  (import "env" "anything" (func $anything))
  (memory (export "memory") 1)
  (func (export "dml_abi_version") (result i32) (i32.const 1))
  (func (export "dml_run") (result i32)
    (call $anything)
    (i32.const 0)))
