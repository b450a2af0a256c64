package hostfuncs

import "math/bits"

// BLAS gas: a call pays the base cost of a call plus a share per
// floating-point operation and per byte of its operands, all from the
// shapes (n, m, k) alone, before any check or work. Shapes that are invalid
// (negative) count as 0; shapes too large to pay saturate the cost, so they
// end the run with out_of_gas.
//
// The schedule's costs are fitted by `make calibrate` (abi/COSTS.md,
// "Calibration") to the same nanoseconds per gas as metered WASM: dgemm
// 512³ (compute bound), ddot and dcopy on 2^18 elements (memory bound, 16
// bytes per element). BenchmarkGasCalibration in blas_bench_test.go
// reports ns per 1000 gas of these calls beside a metered WASM dot loop.

// shape converts a dimension argument for gas: negative counts as 0.
func shape(v int32) uint64 {
	if v < 0 {
		return 0
	}
	return uint64(v)
}

// mul is a·b, saturating at the largest uint64.
func mul(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	if hi != 0 {
		return ^uint64(0)
	}
	return lo
}

// add is a+b, saturating.
func add(a, b uint64) uint64 {
	s, carry := bits.Add64(a, b, 0)
	if carry != 0 {
		return ^uint64(0)
	}
	return s
}

// milli is ceil(v·perMille/1000), saturating.
func milli(v, perMille uint64) uint64 {
	p := mul(v, perMille)
	if p == ^uint64(0) {
		return p
	}
	return p/1000 + min(p%1000, 1)
}

// blasGas is the cost of a BLAS call doing flops operations over elems
// operand elements of size bytes each.
func (s *Session) blasGas(flops, elems uint64, size int) uint64 {
	c := &s.costs
	return add(add(c.Call, milli(flops, c.MilliPerFlop)), milli(mul(elems, uint64(size)), c.MilliPerByte))
}
