;; Imports the WASI function path_open (file access), which is outside the
;; allowed WASI subset: refused at load.
(module
  (import "wasi_snapshot_preview1" "path_open"
    (func $path_open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (func (export "dml_abi_version") (result i32) (i32.const 1))
  (func (export "dml_run") (result i32) (i32.const 0)))
