;; spin_host: calls gas_left forever. At any real gas limit it runs out of
;; gas; the deadline tests give it nearly unlimited gas and a tiny bound.
(module
  (import "dml" "gas_left" (func $gas_left (result i64)))
  (memory (export "memory") 1)
  (func (export "dml_abi_version") (result i32) (i32.const 1))
  (func (export "dml_run") (result i32)
    (loop $spin (drop (call $gas_left)) (br $spin))
    (i32.const 0)))
