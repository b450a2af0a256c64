;; A memory bomb: grows by 256 pages (16 MiB) until the memory limit refuses,
;; then emits how many pages it got (u8 is enough: it reports pages/256).
(module
  (import "dml" "emit" (func $emit (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 0) "chunks")
  (data (i32.const 8) "\01\00\00\00\00\00\00\00")
  (func (export "dml_abi_version") (result i32) (i32.const 1))
  (func (export "dml_run") (result i32)
    (local $chunks i32)
    (block $full
      (loop $more
        (br_if $full (i32.eq (memory.grow (i32.const 256)) (i32.const -1)))
        (local.set $chunks (i32.add (local.get $chunks) (i32.const 1)))
        (br $more)))
    (i32.store8 (i32.const 16) (local.get $chunks))
    (call $emit (i32.const 0) (i32.const 0) (i32.const 6) (i32.const 5) (i32.const 8) (i32.const 1) (i32.const 16) (i32.const 1))))
