package meter

import "github.com/decentralized-ml/dml/internal/wasmbin"

// Canonical NaNs (NAN.md): positive, quiet, zero payload.
const (
	CanonicalNaN32 uint32 = 0x7fc00000
	CanonicalNaN64 uint64 = 0x7ff8000000000000
)

// SIMD sub-opcodes of the sequences that canonicalise v128 values.
const (
	simdV128Const   = 0x0c
	simdF32x4Eq     = 0x41
	simdF64x2Eq     = 0x47
	simdV128Bitsel  = 0x52
	simdF32x4Splat  = 0x13
	simdF64x2Splat  = 0x14
	simdF32x4Repl   = 0x20
	simdF64x2Repl   = 0x22
	simdF32x4Demote = 0x5e
	simdF64x2Promo  = 0x5f
)

// canonAt tells whether op needs a canonicalisation, of which kind, and
// whether it goes after op (on its result) or before it (on its operand on
// top of the stack). Scalars are canonicalised where their bits escape
// (reinterpret, store, copysign's sign operand, splat and replace_lane into
// a v128); v128 results of float arithmetic are canonicalised as they are
// produced, since a v128's bits escape through any integer lane operation.
func canonAt(op wasmbin.Opcode) (kind uint8, after, ok bool) {
	switch op {
	case 0xbc, 0x38, 0x98: // i32.reinterpret_f32, f32.store, f32.copysign
		return insCanonF32, false, true
	case 0xbd, 0x39, 0xa6: // i64.reinterpret_f64, f64.store, f64.copysign
		return insCanonF64, false, true
	}
	if op.Prefix() != wasmbin.PrefixSIMD {
		return 0, false, false
	}
	switch s := op.Sub(); {
	case s == simdF32x4Splat || s == simdF32x4Repl:
		return insCanonF32, false, true
	case s == simdF64x2Splat || s == simdF64x2Repl:
		return insCanonF64, false, true
	case (s >= 0x67 && s <= 0x6a) || s == 0xe3 || (s >= 0xe4 && s <= 0xeb) || s == simdF32x4Demote:
		// f32x4 ceil floor trunc nearest, sqrt, add sub mul div min max pmin pmax; demote
		return insCanonV32, true, true
	case s == 0x74 || s == 0x75 || s == 0x7a || s == 0x94 || (s >= 0xef && s <= 0xf7) || s == simdF64x2Promo:
		// f64x2 ceil floor trunc nearest, sqrt, add sub mul div min max pmin pmax; promote
		return insCanonV64, true, true
	}
	return 0, false, false
}

// scratchFor is the scratch local a canonicalisation kind uses.
func scratchFor(kind uint8) int {
	switch kind {
	case insCanonF32:
		return scratchF32
	case insCanonF64:
		return scratchF64
	}
	return scratchV128
}

// canonicalise replaces a NaN on top of the stack (each NaN lane of a
// v128) by the canonical NaN and leaves other values alone:
// x == x ? x : NaN, lane by lane for v128 with bitselect.
func canonicalise(b []byte, kind uint8, sc scratch) []byte {
	switch kind {
	case insCanonF32, insCanonF64:
		t, eq := sc.f32, byte(opF32Eq)
		if kind == insCanonF64 {
			t, eq = sc.f64, opF64Eq
		}
		b = append(b, opLocalTee)
		b = append(b, t...)
		if kind == insCanonF32 {
			b = append(b, opF32Const, 0x00, 0x00, 0xc0, 0x7f)
		} else {
			b = append(b, opF64Const, 0, 0, 0, 0, 0, 0, 0xf8, 0x7f)
		}
		b = append(b, opLocalGet)
		b = append(b, t...)
		b = append(b, opLocalGet)
		b = append(b, t...)
		return append(b, eq, opSelect)
	}
	eq := byte(simdF32x4Eq)
	lanes := []byte{0x00, 0x00, 0xc0, 0x7f, 0x00, 0x00, 0xc0, 0x7f, 0x00, 0x00, 0xc0, 0x7f, 0x00, 0x00, 0xc0, 0x7f}
	if kind == insCanonV64 {
		eq = simdF64x2Eq
		lanes = []byte{0, 0, 0, 0, 0, 0, 0xf8, 0x7f, 0, 0, 0, 0, 0, 0, 0xf8, 0x7f}
	}
	b = append(b, opLocalTee)
	b = append(b, sc.v128...)
	b = append(b, wasmbin.PrefixSIMD, simdV128Const)
	b = append(b, lanes...)
	b = append(b, opLocalGet)
	b = append(b, sc.v128...)
	b = append(b, opLocalGet)
	b = append(b, sc.v128...)
	b = append(b, wasmbin.PrefixSIMD, eq, wasmbin.PrefixSIMD, simdV128Bitsel)
	return b
}
