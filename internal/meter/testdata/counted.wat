;; flags: --debug-names
;; Counted loops (COSTS.md, "Counted loops"). Each export $f(i, b) runs a
;; loop from induction value i with bound b and returns how many times its
;; body ran. Each has a twin $f_plain whose body holds a free `block end`,
;; which keeps it from being counted: the two must use the same gas.
(module
  (func $lt_u (export "lt_u") (param $i i32) (param $b i32) (result i32) (local $n i32)
    loop
      local.get $n i32.const 1 i32.add local.set $n
      local.get $i i32.const 1 i32.add local.tee $i local.get $b i32.lt_u br_if 0
    end
    local.get $n)
  (func $lt_u_plain (export "lt_u_plain") (param $i i32) (param $b i32) (result i32) (local $n i32)
    loop
      block end
      local.get $n i32.const 1 i32.add local.set $n
      local.get $i i32.const 1 i32.add local.tee $i local.get $b i32.lt_u br_if 0
    end
    local.get $n)

  ;; signed, the bound on the left: b > i+1
  (func $lt_s (export "lt_s") (param $i i32) (param $b i32) (result i32) (local $n i32)
    loop
      local.get $n i32.const 1 i32.add local.set $n
      local.get $b local.get $i i32.const 1 i32.add local.tee $i i32.gt_s br_if 0
    end
    local.get $n)
  (func $lt_s_plain (export "lt_s_plain") (param $i i32) (param $b i32) (result i32) (local $n i32)
    loop
      block end
      local.get $n i32.const 1 i32.add local.set $n
      local.get $b local.get $i i32.const 1 i32.add local.tee $i i32.gt_s br_if 0
    end
    local.get $n)

  ;; counting down: i-1 >u b
  (func $gt_u (export "gt_u") (param $i i32) (param $b i32) (result i32) (local $n i32)
    loop
      local.get $n i32.const 1 i32.add local.set $n
      local.get $i i32.const 1 i32.sub local.tee $i local.get $b i32.gt_u br_if 0
    end
    local.get $n)
  (func $gt_u_plain (export "gt_u_plain") (param $i i32) (param $b i32) (result i32) (local $n i32)
    loop
      block end
      local.get $n i32.const 1 i32.add local.set $n
      local.get $i i32.const 1 i32.sub local.tee $i local.get $b i32.gt_u br_if 0
    end
    local.get $n)

  ;; i+(-1) >s b, written with local.set and local.get
  (func $gt_s (export "gt_s") (param $i i32) (param $b i32) (result i32) (local $n i32)
    loop
      local.get $n i32.const 1 i32.add local.set $n
      local.get $i i32.const -1 i32.add local.set $i local.get $i local.get $b i32.gt_s br_if 0
    end
    local.get $n)
  (func $gt_s_plain (export "gt_s_plain") (param $i i32) (param $b i32) (result i32) (local $n i32)
    loop
      block end
      local.get $n i32.const 1 i32.add local.set $n
      local.get $i i32.const -1 i32.add local.set $i local.get $i local.get $b i32.gt_s br_if 0
    end
    local.get $n)

  ;; as clang unrolls: b != i+4
  (func $ne4 (export "ne4") (param $i i32) (param $b i32) (result i32) (local $n i32)
    loop
      local.get $n i32.const 1 i32.add local.set $n
      local.get $b local.get $i i32.const 4 i32.add local.tee $i i32.ne br_if 0
    end
    local.get $n)
  (func $ne4_plain (export "ne4_plain") (param $i i32) (param $b i32) (result i32) (local $n i32)
    loop
      block end
      local.get $n i32.const 1 i32.add local.set $n
      local.get $b local.get $i i32.const 4 i32.add local.tee $i i32.ne br_if 0
    end
    local.get $n)

  ;; an odd step: i-3 != b
  (func $ne_odd (export "ne_odd") (param $i i32) (param $b i32) (result i32) (local $n i32)
    loop
      local.get $n i32.const 1 i32.add local.set $n
      local.get $i i32.const 3 i32.sub local.tee $i local.get $b i32.ne br_if 0
    end
    local.get $n)
  (func $ne_odd_plain (export "ne_odd_plain") (param $i i32) (param $b i32) (result i32) (local $n i32)
    loop
      block end
      local.get $n i32.const 1 i32.add local.set $n
      local.get $i i32.const 3 i32.sub local.tee $i local.get $b i32.ne br_if 0
    end
    local.get $n)

  ;; step 6 = 2·3: i+6 != b
  (func $ne6 (export "ne6") (param $i i32) (param $b i32) (result i32) (local $n i32)
    loop
      local.get $n i32.const 1 i32.add local.set $n
      local.get $i i32.const 6 i32.add local.tee $i local.get $b i32.ne br_if 0
    end
    local.get $n)
  (func $ne6_plain (export "ne6_plain") (param $i i32) (param $b i32) (result i32) (local $n i32)
    loop
      block end
      local.get $n i32.const 1 i32.add local.set $n
      local.get $i i32.const 6 i32.add local.tee $i local.get $b i32.ne br_if 0
    end
    local.get $n)

  ;; as clang counts a remainder down: br_if on i-1 itself (b unused)
  (func $down (export "down") (param $i i32) (param $b i32) (result i32) (local $n i32)
    loop
      local.get $n i32.const 1 i32.add local.set $n
      local.get $i i32.const -1 i32.add local.tee $i br_if 0
    end
    local.get $n)
  (func $down_plain (export "down_plain") (param $i i32) (param $b i32) (result i32) (local $n i32)
    loop
      block end
      local.get $n i32.const 1 i32.add local.set $n
      local.get $i i32.const -1 i32.add local.tee $i br_if 0
    end
    local.get $n)

  ;; a constant bound (b unused): i+1 <u 1000
  (func $const (export "const") (param $i i32) (param $b i32) (result i32) (local $n i32)
    loop
      local.get $n i32.const 1 i32.add local.set $n
      local.get $i i32.const 1 i32.add local.tee $i i32.const 1000 i32.lt_u br_if 0
    end
    local.get $n)
  (func $const_plain (export "const_plain") (param $i i32) (param $b i32) (result i32) (local $n i32)
    loop
      block end
      local.get $n i32.const 1 i32.add local.set $n
      local.get $i i32.const 1 i32.add local.tee $i i32.const 1000 i32.lt_u br_if 0
    end
    local.get $n)

  ;; a loop with a param, which its br_if passes back
  (func $params (export "params") (param $i i32) (param $b i32) (result i32)
    i32.const 0
    loop (param i32) (result i32)
      i32.const 1 i32.add
      local.get $i i32.const 1 i32.add local.tee $i local.get $b i32.lt_u br_if 0
    end)
  (func $params_plain (export "params_plain") (param $i i32) (param $b i32) (result i32)
    i32.const 0
    loop (param i32) (result i32)
      block end
      i32.const 1 i32.add
      local.get $i i32.const 1 i32.add local.tee $i local.get $b i32.lt_u br_if 0
    end)

  ;; Not counted: the body writes the bound, writes i twice, branches out,
  ;; calls, has an if, a step of 2 with lt, an i64 step.
  (func $writes_bound (export "writes_bound") (param $i i32) (param $b i32) (result i32) (local $n i32)
    loop
      local.get $n i32.const 1 i32.add local.tee $n local.set $b
      local.get $i i32.const 1 i32.add local.tee $i local.get $b i32.lt_u br_if 0
    end
    local.get $n)
  (func $writes_i (export "writes_i") (param $i i32) (param $b i32) (result i32) (local $n i32)
    loop
      local.get $n i32.const 1 i32.add local.tee $n local.get $i i32.add local.set $i
      local.get $i i32.const 1 i32.add local.tee $i local.get $b i32.lt_u br_if 0
    end
    local.get $n)
  (func $exits (export "exits") (param $i i32) (param $b i32) (result i32) (local $n i32)
    block
      loop
        local.get $n i32.const 1 i32.add local.tee $n i32.const 50 i32.eq br_if 1
        local.get $i i32.const 1 i32.add local.tee $i local.get $b i32.lt_u br_if 0
      end
    end
    local.get $n)
  (func $calls (export "calls") (param $i i32) (param $b i32) (result i32) (local $n i32)
    loop
      local.get $n call $inc local.set $n
      local.get $i i32.const 1 i32.add local.tee $i local.get $b i32.lt_u br_if 0
    end
    local.get $n)
  (func $inc (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $has_if (export "has_if") (param $i i32) (param $b i32) (result i32) (local $n i32)
    loop
      local.get $i if local.get $n i32.const 1 i32.add local.set $n end
      local.get $i i32.const 1 i32.add local.tee $i local.get $b i32.lt_u br_if 0
    end
    local.get $n)
  (func $step2_lt (export "step2_lt") (param $i i32) (param $b i32) (result i32) (local $n i32)
    loop
      local.get $n i32.const 1 i32.add local.set $n
      local.get $i i32.const 2 i32.add local.tee $i local.get $b i32.lt_u br_if 0
    end
    local.get $n)
  (func $wide (export "wide") (param $i i32) (param $b i32) (result i32) (local $n i32) (local $w i64)
    local.get $i i64.extend_i32_u local.set $w
    loop
      local.get $n i32.const 1 i32.add local.set $n
      local.get $w i64.const 1 i64.add local.tee $w local.get $b i64.extend_i32_u i64.lt_u br_if 0
    end
    local.get $n))
