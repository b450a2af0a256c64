package meter

// WebAssembly opcodes of the inserted sequences.
const (
	opUnreachable = 0x00
	opIf          = 0x04
	opEnd         = 0x0b
	opLocalGet    = 0x20
	opLocalSet    = 0x21
	opGlobalGet   = 0x23
	opGlobalSet   = 0x24
	opI64Const    = 0x42
	opI64LtU      = 0x54
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

// charger emits the inserted sequences for one module; gas is the index of
// the dml_gas global.
type charger struct {
	gas []byte // uleb of the global index
	t   *CostTable
}

// outOfGas: set dml_gas to -1 and trap; the sequence ends the `if`.
func (c *charger) outOfGas(b []byte) []byte {
	b = append(b, opIf, blockEmpty, opI64Const, 0x7f, opGlobalSet)
	b = append(b, c.gas...)
	return append(b, opUnreachable, opEnd)
}

// static charges a constant: if gas <u cost { gas = -1; unreachable }; gas -= cost.
func (c *charger) static(b []byte, cost uint64) []byte {
	b = append(b, opGlobalGet)
	b = append(b, c.gas...)
	b = append(b, opI64Const)
	b = appendSleb(b, int64(cost))
	b = append(b, opI64LtU)
	b = c.outOfGas(b)
	b = append(b, opGlobalGet)
	b = append(b, c.gas...)
	b = append(b, opI64Const)
	b = appendSleb(b, int64(cost))
	b = append(b, opI64Sub, opGlobalSet)
	return append(b, c.gas...)
}

// dynamic charges unit × ceil(n / per) where n is the i32 on top of the
// stack, which it leaves in place; s (i32) and cl (i64) are scratch locals.
func (c *charger) dynamic(b []byte, s, cl []byte, per, unit uint64) []byte {
	b = append(b, opLocalSet)
	b = append(b, s...)
	b = append(b, opLocalGet)
	b = append(b, s...)
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
	b = append(b, opI64Mul, opLocalSet)
	b = append(b, cl...)
	b = append(b, opGlobalGet)
	b = append(b, c.gas...)
	b = append(b, opLocalGet)
	b = append(b, cl...)
	b = append(b, opI64LtU)
	b = c.outOfGas(b)
	b = append(b, opGlobalGet)
	b = append(b, c.gas...)
	b = append(b, opLocalGet)
	b = append(b, cl...)
	b = append(b, opI64Sub, opGlobalSet)
	b = append(b, c.gas...)
	b = append(b, opLocalGet)
	return append(b, s...)
}
