;; flags: --debug-names
;; Where charges go (COSTS.md, "Merged blocks", "Sunk ifs" and "Checked
;; charges"); gas under the tests' unit table (every class 1, free ops 0)
;; is counted by hand.
(module
  (func $id (param i32) (result i32) local.get 0)
  ;; the if's block sinks into both arms (the missing else is added), then
  ;; the join: 3 charges
  (func (export "sunk") (param i32) (result i32) (local i32)
    local.get 0
    if
      i32.const 7
      local.set 1
    end
    local.get 1)
  ;; a call before the if: no sinking, 3 charges, the first checked
  (func (export "calls") (param i32) (result i32)
    local.get 0
    call $id
    if (result i32)
      i32.const 1
    else
      i32.const 2
    end)
  ;; no branch targets the block: one charge for the whole body
  (func (export "merged") (param i32) (result i32)
    block
      local.get 0
      drop
    end
    block
      nop
    end
    local.get 0)
  ;; br_if targets the block: 3 charges
  (func (export "targeted") (param i32) (result i32)
    block
      local.get 0
      br_if 0
      local.get 0
      drop
    end
    local.get 0)
  ;; the block's end is dead: 1 charge, 2 gas
  (func (export "deadjoin") (result i32)
    block
      i32.const 3
      return
    end
    i32.const 4)
  ;; a loop whose first block ends in an if: its cost sinks into both arms,
  ;; which check; the block after the loop does not: 3 charges, 2 checked
  (func (export "looped") (param i32) (result i32)
    loop
      local.get 0
      i32.const 1
      i32.sub
      local.tee 0
      if
        br 1
      end
    end
    local.get 0))
