;; dot: emits the output "dot", the dot product of the f64 vectors x and y
;; (host ddot). The engine's Example programs run it.
(module
  (import "dml" "tensor_info" (func $info (param i32 i32 i32 i32) (result i32)))
  (import "dml" "tensor_read" (func $read (param i32 i32 i32 i32 i32) (result i32)))
  (import "dml" "ddot" (func $ddot (param i32 i32 i32 i32 i32) (result f64)))
  (import "dml" "emit" (func $emit (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 16)
  ;; names: "x" at 0, "y" at 1, "dot" at 2; the info record at 16; the
  ;; output's dims at 96 and value at 104; x from 1024, then y.
  (data (i32.const 0) "xydot")
  (func (export "dml_abi_version") (result i32) (i32.const 1))
  (func (export "dml_run") (result i32)
    (local $n i32) (local $bytes i32) (local $y i32)
    (if (call $info (i32.const 0) (i32.const 0) (i32.const 1) (i32.const 16))
      (then (return (i32.const 10))))
    (local.set $n (i32.wrap_i64 (i64.load (i32.const 24))))
    (local.set $bytes (i32.shl (local.get $n) (i32.const 3)))
    (local.set $y (i32.add (i32.const 1024) (local.get $bytes)))
    (if (call $read (i32.const 0) (i32.const 0) (i32.const 1) (i32.const 1024) (local.get $bytes))
      (then (return (i32.const 11))))
    (if (call $read (i32.const 0) (i32.const 1) (i32.const 1) (local.get $y) (local.get $bytes))
      (then (return (i32.const 12))))
    (f64.store (i32.const 104)
      (call $ddot (local.get $n) (i32.const 1024) (i32.const 1) (local.get $y) (i32.const 1)))
    (i64.store (i32.const 96) (i64.const 1))
    (drop (call $emit (i32.const 0) (i32.const 2) (i32.const 3) (i32.const 1)
      (i32.const 96) (i32.const 1) (i32.const 104) (i32.const 8)))
    (i32.const 0)))
