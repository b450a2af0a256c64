;; flags: --enable-tail-call
(module
  (func $f (param i32) (result i32)
    local.get 0
    return_call $f))
