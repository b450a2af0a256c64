;; flags: --enable-exceptions
(module
  (tag $t (param i32))
  (func (param i32)
    try
      local.get 0
      throw $t
    catch $t
      drop
    end))
