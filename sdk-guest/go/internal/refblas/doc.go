// Package refblas is the pure-Go BLAS of the guest SDK: the kernels the SDK
// runs natively (through the fake host) and in a wasip1 build with the
// purewasm tag (no host BLAS). They are naive and clear, with the semantics
// of ABI v1 §3.7: row-major matrices, reference-BLAS increments, 0-based
// I*amax. Every product is rounded before it is added (an explicit
// conversion forbids fused multiply-add), and sums run in index order, so a
// native build gives the same bits on every architecture.
//
// Callers check arguments first: the kernels index the slices and panic
// with Go's bounds errors on calls that break the ABI's rules.
package refblas

// Float is an element type of the BLAS: float64 (d…) or float32 (s…).
type Float interface{ ~float32 | ~float64 }

// start is the index of element 0 of a vector of n elements with increment
// inc: 0 for inc > 0, (n−1)·|inc| for inc < 0 (reference BLAS).
func start(n, inc int) int {
	if inc < 0 {
		return (1 - n) * inc
	}
	return 0
}
