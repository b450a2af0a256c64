;; grow: grows memory one page at a time until refused and emits the final
;; page count as an i32 output "pages".
(module
  (import "dml" "emit" (func $emit (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 0) "pages")
  (data (i32.const 8) "\01\00\00\00\00\00\00\00")
  (func (export "dml_abi_version") (result i32) (i32.const 1))
  (func (export "dml_run") (result i32)
    (block $full
      (loop $more
        (br_if $full (i32.eq (memory.grow (i32.const 1)) (i32.const -1)))
        (br $more)))
    (i32.store (i32.const 16) (memory.size))
    (call $emit (i32.const 0) (i32.const 0) (i32.const 5) (i32.const 4) (i32.const 8) (i32.const 1) (i32.const 16) (i32.const 4))))
