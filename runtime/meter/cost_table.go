// Package meter rewrites a WebAssembly module so that it meters its own
// execution in gas, deterministically: every metered block charges its
// static cost at entry against an exported mutable i64 global (abi.ExportGas)
// holding the gas left.
package meter

import "github.com/decentralized-ml/dml/internal/wasmbin"

// Class is an instruction cost class of the CostTable.
type Class uint8

// Instruction classes (COSTS.md lists what each holds and its default cost).
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

// CostTable is a versioned gas schedule. Changing any number changes gas
// results: give the changed table a new Version.
type CostTable struct {
	Version string
	// Costs is the static gas of one instruction of each class.
	Costs [NumClasses]uint64
	// GrowPage is the gas per page that memory.grow requests (charged even if the grow fails).
	GrowPage uint64
	// BulkChunk gas is charged per started BulkChunkBytes bytes of memory.init/copy/fill.
	BulkChunk, BulkChunkBytes uint64
	// TableElem is the gas per element of table.init/copy/fill.
	TableElem uint64
	// MaxDepth is the deepest call nesting a run may reach; one more call
	// ends it with dml_depth = DepthExhausted (1..MaxDepthLimit).
	MaxDepth uint32
}

// DefaultTable is the schedule "dml-gas-v4".
func DefaultTable() *CostTable {
	t := &CostTable{Version: "dml-gas-v4", GrowPage: 2116, BulkChunk: 4, BulkChunkBytes: 16, TableElem: 4, MaxDepth: 1000}
	t.Costs = [NumClasses]uint64{
		ClassFree: 0, ClassControl: 1, ClassConst: 1, ClassLocal: 1, ClassGlobal: 4,
		ClassInt: 5, ClassIntMul: 12, ClassIntDiv: 134, ClassFloat: 1, ClassFloatDiv: 169,
		ClassConvert: 70, ClassLoad: 1, ClassStore: 4, ClassCall: 58, ClassCallIndirect: 92,
		ClassMemorySize: 6, ClassMemoryGrow: 4133, ClassBulk: 574, ClassTable: 21,
		ClassSIMD: 22, ClassSIMDMemory: 1,
	}
	return t
}

// Cost is the static gas of one instruction.
func (t *CostTable) Cost(op wasmbin.Opcode) uint64 { return t.Costs[Classify(op)] }

// Classify maps an opcode to its cost class.
func Classify(op wasmbin.Opcode) Class {
	switch op.Prefix() {
	case wasmbin.PrefixMisc:
		switch s := op.Sub(); {
		case s <= 0x07:
			return ClassConvert
		case s <= 0x0b:
			return ClassBulk
		default:
			return ClassTable
		}
	case wasmbin.PrefixSIMD:
		if s := op.Sub(); s <= 0x0b || (s >= 0x54 && s <= 0x5d) {
			return ClassSIMDMemory
		}
		return ClassSIMD
	case 0:
	default:
		return ClassControl // refused prefixes never reach an instrumented body
	}
	switch b := byte(op); {
	case b == 0x01 || b == 0x02 || b == 0x03 || b == 0x05 || b == 0x0b:
		return ClassFree
	case b == 0x10:
		return ClassCall
	case b == 0x11:
		return ClassCallIndirect
	case b <= 0x1c:
		return ClassControl
	case b >= 0x20 && b <= 0x22:
		return ClassLocal
	case b == 0x23 || b == 0x24:
		return ClassGlobal
	case b == 0x25 || b == 0x26 || b >= 0xd0:
		return ClassTable
	case b >= 0x28 && b <= 0x35:
		return ClassLoad
	case b >= 0x36 && b <= 0x3e:
		return ClassStore
	case b == 0x3f:
		return ClassMemorySize
	case b == 0x40:
		return ClassMemoryGrow
	case b >= 0x41 && b <= 0x44:
		return ClassConst
	case b <= 0x5a:
		return ClassInt
	case b <= 0x66:
		return ClassFloat
	case b == 0x6c || b == 0x7e:
		return ClassIntMul
	case (b >= 0x6d && b <= 0x70) || (b >= 0x7f && b <= 0x82):
		return ClassIntDiv
	case b <= 0x8a:
		return ClassInt
	case b == 0x91 || b == 0x95 || b == 0x9f || b == 0xa3:
		return ClassFloatDiv
	case b <= 0xa6:
		return ClassFloat
	case b <= 0xbf:
		return ClassConvert
	}
	return ClassInt // 0xc0–0xc4 sign extension
}
