;; flags: --debug-names
;; Code that never stops by itself, in the shapes where a charge that is
;; not checked could let it spin (COSTS.md, "Checked charges"). Each must
;; run out of gas.
(module
  (type $v (func))
  (table 1 funcref)
  (elem (i32.const 0) $indirect)
  ;; the loop's first block ends in an if: its cost and the check sink
  ;; into the arm that branches back
  (func (export "sunk_head")
    loop
      i32.const 1
      if
        br 1
      end
    end)
  ;; the same with no else: the added else arm checks
  (func (export "sunk_no_else") (local i32)
    loop
      local.get 0
      if
        nop
      end
      br 0
    end)
  ;; the outer loop's first block is free; the inner loop's checks
  (func (export "nested_free_head")
    loop
      loop
        i32.const 0
        br_if 0
      end
      br 0
    end)
  ;; back to the loop through br_table
  (func (export "br_table_back")
    loop
      i32.const 0
      br_table 0 0
    end)
  ;; recursion with no loop: the block with the call checks
  (func $rec (export "recursion")
    call $rec)
  ;; the same through the table
  (func $indirect (export "indirect")
    i32.const 0
    call_indirect (type $v))
  ;; a counted loop that never meets its bound: step 2 from 1 towards 0
  (func (export "never_meets") (local $i i32)
    i32.const 1
    local.set $i
    loop
      local.get $i i32.const 2 i32.add local.tee $i i32.const 0 i32.ne br_if 0
    end))
