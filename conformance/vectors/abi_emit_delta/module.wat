;; Emits the weight delta "w" (f64, shape [2], values 0.5 and -1.5) and no
;; output. Exit code 2: emit failed.
(module
  (import "dml" "emit" (func $emit (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "w")
  (data (i32.const 256) "\02\00\00\00\00\00\00\00")           ;; dims: [2]
  (data (i32.const 512) "\00\00\00\00\00\00\e0\3f"              ;; 0.5
                        "\00\00\00\00\00\00\f8\bf")             ;; -1.5
  (func (export "dml_abi_version") (result i32) (i32.const 1))
  (func (export "dml_run") (result i32)
    ;; emit(kind delta, "w", f64, dims, rank 1, data, 16 bytes)
    (if (i32.ne (call $emit (i32.const 1) (i32.const 16) (i32.const 1) (i32.const 1)
                  (i32.const 256) (i32.const 1) (i32.const 512) (i32.const 16)) (i32.const 0))
      (then (return (i32.const 2))))
    (i32.const 0)))
