;; bigmem: declares 64 MiB of initial linear memory.
(module
  (memory (export "memory") 1024)
  (func (export "dml_abi_version") (result i32) (i32.const 1))
  (func (export "dml_run") (result i32) (i32.const 0)))
