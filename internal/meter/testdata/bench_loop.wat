;; flags:
;; Benchmark workload: a tight integer loop of n iterations.
(module
  (func (export "run") (param $n i32) (result i32) (local $i i32) (local $acc i32)
    loop $top
      local.get $acc
      i32.const 31
      i32.mul
      local.get $i
      i32.add
      local.get $acc
      i32.const 3
      i32.shr_u
      i32.xor
      local.set $acc
      local.get $i
      i32.const 1
      i32.add
      local.tee $i
      local.get $n
      i32.lt_u
      br_if $top
    end
    local.get $acc))
