package meter

import (
	"github.com/decentralized-ml/dml/gas"
	"github.com/decentralized-ml/dml/internal/wasmbin"
)

// canTrap reports whether op can trap by itself in a body that the direct
// counter mode may meter: memory and table accesses, integer division and
// the non-saturating float-to-int truncations. call_indirect is not listed:
// the cached counter is flushed right before it anyway.
func canTrap(op wasmbin.Opcode) bool {
	switch Classify(op) {
	case gas.ClassIntDiv, gas.ClassLoad, gas.ClassStore, gas.ClassMemoryGrow, gas.ClassBulk, gas.ClassTable, gas.ClassSIMDMemory:
		return true
	case gas.ClassConvert:
		b := byte(op)
		return op.Prefix() == 0 && ((b >= 0xa8 && b <= 0xab) || (b >= 0xae && b <= 0xb1))
	}
	return false
}

// counterMode is how a body keeps the gas counter (COSTS.md, "How the
// counter is kept").
type counterMode uint8

const (
	counterNone   counterMode = iota // the body charges nothing
	counterCached                    // in a local, flushed around calls
	counterDirect                    // in dml_gas itself, charge by charge
)

// bodyShape is what plan learns about a body that decides its counter mode
// and its depth bookkeeping.
type bodyShape struct {
	charges bool // any static or dynamic charge
	calls   bool // call or call_indirect
	loops   bool
	traps   bool // an instruction that canTrap
}

// mode picks the counter mode: direct for a body that calls out, has no
// loop and cannot trap by itself, where the cached counter would be flushed
// and reloaded around every call while the value it holds between flushes
// could never be seen; cached otherwise.
func (s bodyShape) mode() counterMode {
	switch {
	case !s.charges:
		return counterNone
	case s.calls && !s.loops && !s.traps:
		return counterDirect
	}
	return counterCached
}
