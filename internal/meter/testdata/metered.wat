;; flags: --debug-names
;; Functions whose gas under the tests' unit table (every class 1 except
;; free ops 0; grow 1000/page; bulk 1 per 4 bytes) is computed by hand.
(module
  (memory 1)
  (data $d "0123456789abcdef")
  (global $hits (mut i32) (i32.const 0))
  (func $s
    global.get $hits i32.const 1 i32.add global.set $hits)
  (start $s)
  (func (export "straight") (result i32)
    i32.const 1 i32.const 2 i32.add)
  (func (export "if_no_else") (param i32) (result i32) (local i32)
    local.get 0
    if
      i32.const 7
      local.set 1
    end
    local.get 1)
  (func (export "br_table") (param $p i32) (local $n i32)
    block $out
      loop $top
        local.get $n i32.const 1 i32.add local.set $n
        local.get $p local.get $n i32.sub
        br_table $out $top 2
      end
    end
    i32.const 9
    drop)
  (func (export "dead") (result i32)
    block (result i32)
      i32.const 1
      br 0
      i32.const 2
      drop
      i32.const 3
    end
    return
    unreachable)
  (func (export "trap")
    unreachable)
  (func (export "multi") (result i32)
    i32.const 1
    i32.const 2
    block (param i32 i32) (result i32 i32)
      i32.add
      i32.const 10
    end
    i32.add)
  (func (export "loop_params") (param $k i32) (result i32)
    local.get $k
    loop (param i32) (result i32)
      i32.const 1
      i32.sub
      local.tee $k
      local.get $k
      br_if 0
    end)
  (func (export "fill") (param $n i32)
    i32.const 0 i32.const 7 local.get $n memory.fill)
  (func (export "copy") (param $n i32)
    i32.const 100 i32.const 0 local.get $n memory.copy)
  (func (export "init") (param $n i32)
    i32.const 0 i32.const 0 local.get $n memory.init $d)
  (func (export "grow") (param $p i32) (result i32)
    local.get $p memory.grow)
  (func $callee (param i32) (result i32)
    local.get 0 i32.const 1 i32.add)
  (func (export "caller") (result i32)
    i32.const 41 call $callee))
