// Package meter rewrites a WebAssembly module so that it meters its own
// execution in gas, deterministically: every metered block charges its
// static cost at entry against an exported mutable i64 global (abi.ExportGas)
// holding the gas left. The costs come from a gas.Schedule.
package meter

import (
	"github.com/decentralized-ml/dml/gas"
	"github.com/decentralized-ml/dml/internal/wasmbin"
)

// cost is the static gas of one instruction.
func cost(t *gas.Schedule, op wasmbin.Opcode) uint64 { return t.Instr[Classify(op)] }

// Classify maps an opcode to its cost class.
func Classify(op wasmbin.Opcode) gas.Class {
	switch op.Prefix() {
	case wasmbin.PrefixMisc:
		switch s := op.Sub(); {
		case s <= 0x07:
			return gas.ClassConvert
		case s <= 0x0b:
			return gas.ClassBulk
		default:
			return gas.ClassTable
		}
	case wasmbin.PrefixSIMD:
		if s := op.Sub(); s <= 0x0b || (s >= 0x54 && s <= 0x5d) {
			return gas.ClassSIMDMemory
		}
		return gas.ClassSIMD
	case 0:
	default:
		return gas.ClassControl // refused prefixes never reach an instrumented body
	}
	switch b := byte(op); {
	case b == 0x01 || b == 0x02 || b == 0x03 || b == 0x05 || b == 0x0b:
		return gas.ClassFree
	case b == 0x10:
		return gas.ClassCall
	case b == 0x11:
		return gas.ClassCallIndirect
	case b <= 0x1c:
		return gas.ClassControl
	case b >= 0x20 && b <= 0x22:
		return gas.ClassLocal
	case b == 0x23 || b == 0x24:
		return gas.ClassGlobal
	case b == 0x25 || b == 0x26 || b >= 0xd0:
		return gas.ClassTable
	case b >= 0x28 && b <= 0x35:
		return gas.ClassLoad
	case b >= 0x36 && b <= 0x3e:
		return gas.ClassStore
	case b == 0x3f:
		return gas.ClassMemorySize
	case b == 0x40:
		return gas.ClassMemoryGrow
	case b >= 0x41 && b <= 0x44:
		return gas.ClassConst
	case b <= 0x5a:
		return gas.ClassInt
	case b <= 0x66:
		return gas.ClassFloat
	case b == 0x6c || b == 0x7e:
		return gas.ClassIntMul
	case (b >= 0x6d && b <= 0x70) || (b >= 0x7f && b <= 0x82):
		return gas.ClassIntDiv
	case b <= 0x8a:
		return gas.ClassInt
	case b == 0x91 || b == 0x95 || b == 0x9f || b == 0xa3:
		return gas.ClassFloatDiv
	case b <= 0xa6:
		return gas.ClassFloat
	case b <= 0xbf:
		return gas.ClassConvert
	}
	return gas.ClassInt // 0xc0–0xc4 sign extension
}
