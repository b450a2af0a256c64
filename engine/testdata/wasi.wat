;; wasi: draws 32 random bytes and reads the wall clock twice, emits both as
;; u8 outputs "random" and "clock", and writes "hi\n" to stdout (the local log).
(module
  (import "wasi_snapshot_preview1" "random_get" (func $random_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "clock_time_get" (func $clock_time_get (param i32 i64 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "dml" "emit" (func $emit (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 0) "random")
  (data (i32.const 8) "clock")
  (data (i32.const 16) "\20\00\00\00\00\00\00\00") ;; dims [32]
  (data (i32.const 24) "\10\00\00\00\00\00\00\00") ;; dims [16]
  (data (i32.const 32) "hi\n")
  (data (i32.const 40) "\20\00\00\00\03\00\00\00") ;; iovec {32, 3}
  (func (export "dml_abi_version") (result i32) (i32.const 1))
  (func (export "dml_run") (result i32)
    (drop (call $random_get (i32.const 256) (i32.const 32)))
    (drop (call $clock_time_get (i32.const 0) (i64.const 1) (i32.const 512)))
    (drop (call $clock_time_get (i32.const 0) (i64.const 1) (i32.const 520)))
    (drop (call $fd_write (i32.const 1) (i32.const 40) (i32.const 1) (i32.const 48)))
    (drop (call $emit (i32.const 0) (i32.const 0) (i32.const 6) (i32.const 5) (i32.const 16) (i32.const 1) (i32.const 256) (i32.const 32)))
    (call $emit (i32.const 0) (i32.const 8) (i32.const 5) (i32.const 5) (i32.const 24) (i32.const 1) (i32.const 512) (i32.const 16))))
