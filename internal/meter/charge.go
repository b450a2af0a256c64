package meter

import (
	"github.com/decentralized-ml/dml/gas"
	"github.com/decentralized-ml/dml/internal/wasmbin"
)

// WebAssembly opcodes of the inserted sequences.
const (
	opUnreachable = 0x00
	opBlock       = 0x02
	opIf          = 0x04
	opElse        = 0x05
	opEnd         = 0x0b
	opLocalGet    = 0x20
	opLocalSet    = 0x21
	opGlobalGet   = 0x23
	opGlobalSet   = 0x24
	opI32Const    = 0x41
	opI64Const    = 0x42
	opF32Const    = 0x43
	opF64Const    = 0x44
	opI32LtS      = 0x48
	opI32LtU      = 0x49
	opI32GtS      = 0x4a
	opI32GtU      = 0x4b
	opI64GeS      = 0x59
	opF32Eq       = 0x5b
	opF64Eq       = 0x61
	opI32Eqz      = 0x45
	opI32Add      = 0x6a
	opI32Sub      = 0x6b
	opI32Mul      = 0x6c
	opI32And      = 0x71
	opI32ShrU     = 0x76
	opSelect      = 0x1b
	opLocalTee    = 0x22
	opI64Add      = 0x7c
	opI64Sub      = 0x7d
	opI64Mul      = 0x7e
	opI64DivU     = 0x80
	opI64ExtendU  = 0xad
	blockEmpty    = 0x40
)

func appendUleb(b []byte, v uint64) []byte {
	for v >= 0x80 {
		b = append(b, byte(v)|0x80)
		v >>= 7
	}
	return append(b, byte(v))
}

func appendSleb(b []byte, v int64) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if (v == 0 && c&0x40 == 0) || (v == -1 && c&0x40 != 0) {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}

// charger emits the inserted sequences for one module; gas and depth are
// the indices of the dml_gas and dml_depth globals.
type charger struct {
	gas, depth []byte // uleb of the global indices
	maxDepth   int64
	t          *gas.Schedule
}

// scratch holds the uleb indices of a body's scratch locals (nil if unused).
type scratch struct {
	i32, cost, gas, f32, f64, v128, depth []byte
}

// unlessOutOfGas follows a test that is true when there is enough gas:
// if enough {} else { dml_gas = -1; unreachable }. The trap is in the else
// arm so that wazero's compiler places it out of line: the hot path is one
// compare and a branch not taken. Gas is compared signed: between checks
// the counter may have gone below 0 (COSTS.md, "Checked charges").
func (c *charger) unlessOutOfGas(b []byte) []byte {
	b = append(b, opIf, blockEmpty, opElse, opI64Const, 0x7f, opGlobalSet)
	b = append(b, c.gas...)
	return append(b, opUnreachable, opEnd)
}

// unlessBelow follows a counter value on the stack: if it >=s cost {}
// else { dml_gas = -1; unreachable }.
func (c *charger) unlessBelow(b []byte, cost uint64) []byte {
	b = append(b, opI64Const)
	b = appendSleb(b, int64(cost))
	return c.unlessOutOfGas(append(b, opI64GeS))
}

// load copies dml_gas into the cached counter g.
func (c *charger) load(b, g []byte) []byte {
	b = append(b, opGlobalGet)
	b = append(b, c.gas...)
	b = append(b, opLocalSet)
	return append(b, g...)
}

// store flushes the cached counter g to dml_gas.
func (c *charger) store(b, g []byte) []byte {
	b = append(b, opLocalGet)
	b = append(b, g...)
	b = append(b, opGlobalSet)
	return append(b, c.gas...)
}

// static charges a constant against the cached counter g, checked:
// if g >=s cost {} else { dml_gas = -1; unreachable }; g -= cost; or
// unchecked: g -= cost.
func (c *charger) static(b, g []byte, cost uint64, check bool) []byte {
	if check {
		b = append(b, opLocalGet)
		b = c.unlessBelow(append(b, g...), cost)
	}
	b = append(b, opLocalGet)
	b = append(b, g...)
	b = append(b, opI64Const)
	b = appendSleb(b, int64(cost))
	b = append(b, opI64Sub, opLocalSet)
	return append(b, g...)
}

// dynamic charges unit × ceil(n / per) against the cached counter, where n
// is the i32 on top of the stack, which it leaves in place.
func (c *charger) dynamic(b []byte, sc scratch, per, unit uint64) []byte {
	b = append(b, opLocalSet)
	b = append(b, sc.i32...)
	b = append(b, opLocalGet)
	b = append(b, sc.i32...)
	b = append(b, opI64ExtendU)
	if per > 1 {
		b = append(b, opI64Const)
		b = appendSleb(b, int64(per-1))
		b = append(b, opI64Add, opI64Const)
		b = appendSleb(b, int64(per))
		b = append(b, opI64DivU)
	}
	b = append(b, opI64Const)
	b = appendSleb(b, int64(unit))
	b = c.chargeTop(append(b, opI64Mul), sc)
	b = append(b, opLocalGet)
	return append(b, sc.i32...)
}

// chargeTop charges the i64 on top of the stack against the cached
// counter, through the scratch local sc.cost.
func (c *charger) chargeTop(b []byte, sc scratch) []byte {
	b = append(b, opLocalSet)
	b = append(b, sc.cost...)
	b = append(b, opLocalGet)
	b = append(b, sc.gas...)
	b = append(b, opLocalGet)
	b = append(b, sc.cost...)
	b = append(b, opI64GeS)
	b = c.unlessOutOfGas(b)
	b = append(b, opLocalGet)
	b = append(b, sc.gas...)
	b = append(b, opLocalGet)
	b = append(b, sc.cost...)
	b = append(b, opI64Sub, opLocalSet)
	return append(b, sc.gas...)
}

// depthEnter counts a call, keeping the depth at entry in local d:
// d = dml_depth; if d <u max {} else { dml_depth = -1; unreachable };
// dml_depth = d + 1 (the trap out of line, as in unlessOutOfGas).
func (c *charger) depthEnter(b, d []byte) []byte {
	b = append(b, opGlobalGet)
	b = append(b, c.depth...)
	b = append(b, opLocalTee)
	b = append(b, d...)
	b = c.unlessTooDeep(b)
	b = c.depthArg(b, d)
	b = append(b, opGlobalSet)
	return append(b, c.depth...)
}

// depthLeave uncounts a call: dml_depth = d.
func (c *charger) depthLeave(b, d []byte) []byte {
	b = append(b, opLocalGet)
	b = append(b, d...)
	b = append(b, opGlobalSet)
	return append(b, c.depth...)
}

// charge charges a constant the way mode keeps the counter (static for
// counterCached, direct for counterDirect), checked or not.
func (c *charger) charge(b []byte, mode counterMode, g []byte, cost uint64, check bool) []byte {
	if mode == counterDirect {
		return c.direct(b, g, cost, check)
	}
	return c.static(b, g, cost, check)
}

// direct charges a constant against dml_gas itself, checked through the
// scratch local g: g = dml_gas; if g >=s cost {} else { dml_gas = -1;
// unreachable }; dml_gas = g - cost; or unchecked: dml_gas -= cost.
func (c *charger) direct(b, g []byte, cost uint64, check bool) []byte {
	b = append(b, opGlobalGet)
	b = append(b, c.gas...)
	if !check {
		b = append(b, opI64Const)
		b = appendSleb(b, int64(cost))
		b = append(b, opI64Sub, opGlobalSet)
		return append(b, c.gas...)
	}
	b = append(b, opLocalTee)
	b = c.unlessBelow(append(b, g...), cost)
	b = append(b, opLocalGet)
	b = append(b, g...)
	b = append(b, opI64Const)
	b = appendSleb(b, int64(cost))
	b = append(b, opI64Sub, opGlobalSet)
	return append(b, c.gas...)
}

// depthCheck is the depth check of a body that makes no call: if dml_depth
// <u max {} else { dml_depth = -1; unreachable }. No frame can start above
// it, so it needs no count of its own.
func (c *charger) depthCheck(b []byte) []byte {
	b = append(b, opGlobalGet)
	b = append(b, c.depth...)
	return c.unlessTooDeep(b)
}

// depthCheckParam is the depth check of a body that receives its depth in
// the parameter d (depthParam): if d <u max {} else { dml_depth = -1;
// unreachable }.
func (c *charger) depthCheckParam(b, d []byte) []byte {
	b = append(b, opLocalGet)
	b = append(b, d...)
	return c.unlessTooDeep(b)
}

// unlessTooDeep follows a depth on the stack: if it is <u max {} else
// { dml_depth = -1; unreachable }, the trap out of line.
func (c *charger) unlessTooDeep(b []byte) []byte {
	b = append(b, opI32Const)
	b = appendSleb(b, c.maxDepth)
	b = append(b, opI32LtU, opIf, blockEmpty, opElse, opI32Const, 0x7f, opGlobalSet)
	b = append(b, c.depth...)
	return append(b, opUnreachable, opEnd)
}

// depthArg pushes the depth a callee receives (depthParam): d + 1.
func (c *charger) depthArg(b, d []byte) []byte {
	b = append(b, opLocalGet)
	b = append(b, d...)
	return append(b, opI32Const, 1, opI32Add)
}

// callIndirect rewrites call_indirect (depthParam): the table slot on top
// of the stack goes to the scratch local s, the callee's depth goes under
// it, and the call names the type with the depth parameter.
func (c *charger) callIndirect(b, s, d []byte, typ, table uint32) []byte {
	b = append(b, opLocalSet)
	b = append(b, s...)
	b = c.depthArg(b, d)
	b = append(b, opLocalGet)
	b = append(b, s...)
	b = append(b, byte(wasmbin.OpCallIndirect))
	b = appendUleb(b, uint64(typ))
	return appendUleb(b, uint64(table))
}
