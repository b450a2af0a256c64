package gas

// Class is an instruction cost class: every WebAssembly instruction belongs
// to exactly one (abi/COSTS.md lists which).
type Class uint8

// Instruction classes.
const (
	ClassFree         Class = iota // nop, block, loop, else, end
	ClassControl                   // if, br, br_if, br_table, return, unreachable, drop, select
	ClassConst                     // i32/i64/f32/f64.const
	ClassLocal                     // local.get/set/tee
	ClassGlobal                    // global.get/set
	ClassInt                       // integer add, sub, logic, shifts, comparisons, bit counts, sign extension
	ClassIntMul                    // integer mul
	ClassIntDiv                    // integer div and rem
	ClassFloat                     // float add, sub, mul, min, max, abs, neg, rounding, copysign, comparisons
	ClassFloatDiv                  // float div and sqrt
	ClassConvert                   // wrap, extend, trunc (incl. saturating), convert, demote, promote, reinterpret
	ClassLoad                      // memory loads
	ClassStore                     // memory stores
	ClassCall                      // call
	ClassCallIndirect              // call_indirect
	ClassMemorySize                // memory.size
	ClassMemoryGrow                // memory.grow, before its per-page charge
	ClassBulk                      // memory.init/copy/fill and data.drop, before their per-byte charge
	ClassTable                     // table.*, elem.drop, ref.*; table.init/copy/fill also pay per element
	ClassSIMD                      // v128 arithmetic, lanes, shuffles, constants
	ClassSIMDMemory                // v128 loads and stores
	NumClasses
)

var classNames = [NumClasses]string{
	"Free", "Control", "Const", "Local", "Global", "Int", "IntMul", "IntDiv", "Float", "FloatDiv",
	"Convert", "Load", "Store", "Call", "CallIndirect", "MemorySize", "MemoryGrow", "Bulk", "Table",
	"SIMD", "SIMDMemory",
}

// String is the class's name as COSTS.md spells it.
func (c Class) String() string {
	if c < NumClasses {
		return classNames[c]
	}
	return "Class(?)"
}
