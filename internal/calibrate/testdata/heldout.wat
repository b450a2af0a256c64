;; Kernels the calibration measures but never fits (held out): how well
;; the fitted table tracks code it was not fitted to. Each takes n.
(module
  (memory 8)
  ;; insertion sort of n pseudo-random i32 at 0 (n ≤ 100000): branchy
  ;; integer code, loads and stores
  (func (export "sort") (param $n i32) (result i32) (local $i i32) (local $j i32) (local $x i32) (local $v i32)
    i32.const 12345 local.set $x
    loop $fill
      local.get $i i32.const 2 i32.shl
      local.get $x i32.const 1103515245 i32.mul i32.const 12345 i32.add local.tee $x
      i32.store
      local.get $i i32.const 1 i32.add local.tee $i local.get $n i32.lt_u br_if $fill
    end
    i32.const 1 local.set $i
    block $done
      loop $outer
        local.get $i local.get $n i32.ge_u br_if $done
        local.get $i i32.const 2 i32.shl i32.load local.set $v
        local.get $i local.set $j
        block $placed
          loop $inner
            local.get $j i32.eqz br_if $placed
            local.get $j i32.const 1 i32.sub i32.const 2 i32.shl i32.load local.tee $x
            local.get $v i32.le_s br_if $placed
            local.get $j i32.const 2 i32.shl local.get $x i32.store
            local.get $j i32.const 1 i32.sub local.set $j
            br $inner
          end
        end
        local.get $j i32.const 2 i32.shl local.get $v i32.store
        local.get $i i32.const 1 i32.add local.set $i
        br $outer
      end
    end
    i32.const 0 i32.load)
  ;; a byte histogram over n bytes of a pseudo-random stream (n ≤ 400000)
  (func (export "histogram") (param $n i32) (result i32) (local $i i32) (local $x i32) (local $p i32)
    loop $fill
      local.get $i i32.const 4096 i32.add
      local.get $x i32.const 1664525 i32.mul i32.const 1013904223 i32.add local.tee $x
      i32.const 24 i32.shr_u
      i32.store8
      local.get $i i32.const 1 i32.add local.tee $i local.get $n i32.lt_u br_if $fill
    end
    i32.const 0 local.set $i
    loop $count
      local.get $i i32.const 4096 i32.add i32.load8_u i32.const 2 i32.shl local.tee $p
      local.get $p i32.load i32.const 1 i32.add
      i32.store
      local.get $i i32.const 1 i32.add local.tee $i local.get $n i32.lt_u br_if $count
    end
    i32.const 0 i32.load)
  ;; y += a·x over n f32 (n ≤ 65536), repeated 16 times: independent
  ;; multiply-adds
  (func (export "saxpy") (param $n i32) (result i32) (local $i i32) (local $r i32)
    loop $rep
      i32.const 0 local.set $i
      loop $el
        local.get $i i32.const 2 i32.shl i32.const 262144 i32.add
        local.get $i i32.const 2 i32.shl i32.const 262144 i32.add f32.load
        f32.const 1.5
        local.get $i i32.const 2 i32.shl f32.load
        f32.mul f32.add
        f32.store
        local.get $i i32.const 1 i32.add local.tee $i local.get $n i32.lt_u br_if $el
      end
      local.get $r i32.const 1 i32.add local.tee $r i32.const 16 i32.lt_u br_if $rep
    end
    i32.const 262144 i32.load))
