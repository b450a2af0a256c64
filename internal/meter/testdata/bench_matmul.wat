;; flags:
;; Benchmark workload: C = A × B for n×n f64 matrices (n ≤ 64) at 0, 32768
;; and 65536; A and B are filled first. Returns the trace of C truncated.
(module
  (memory 2)
  (func (export "run") (param $n i32) (result i32)
    (local $i i32) (local $j i32) (local $k i32) (local $s f64) (local $tr f64)
    ;; fill A[i][j] = i + j, B[i][j] = i - j
    loop $fi
      i32.const 0 local.set $j
      loop $fj
        local.get $i local.get $n i32.mul local.get $j i32.add i32.const 3 i32.shl
        local.get $i local.get $j i32.add f64.convert_i32_s
        f64.store
        local.get $i local.get $n i32.mul local.get $j i32.add i32.const 3 i32.shl
        local.get $i local.get $j i32.sub f64.convert_i32_s
        f64.store offset=32768
        local.get $j i32.const 1 i32.add local.tee $j local.get $n i32.lt_u br_if $fj
      end
      local.get $i i32.const 1 i32.add local.tee $i local.get $n i32.lt_u br_if $fi
    end
    i32.const 0 local.set $i
    loop $li
      i32.const 0 local.set $j
      loop $lj
        f64.const 0 local.set $s
        i32.const 0 local.set $k
        loop $lk
          local.get $s
          local.get $i local.get $n i32.mul local.get $k i32.add i32.const 3 i32.shl
          f64.load
          local.get $k local.get $n i32.mul local.get $j i32.add i32.const 3 i32.shl
          f64.load offset=32768
          f64.mul
          f64.add
          local.set $s
          local.get $k i32.const 1 i32.add local.tee $k local.get $n i32.lt_u br_if $lk
        end
        local.get $i local.get $n i32.mul local.get $j i32.add i32.const 3 i32.shl
        local.get $s
        f64.store offset=65536
        local.get $i local.get $j i32.eq
        if
          local.get $tr local.get $s f64.add local.set $tr
        end
        local.get $j i32.const 1 i32.add local.tee $j local.get $n i32.lt_u br_if $lj
      end
      local.get $i i32.const 1 i32.add local.tee $i local.get $n i32.lt_u br_if $li
    end
    local.get $tr
    i32.trunc_sat_f64_s))
