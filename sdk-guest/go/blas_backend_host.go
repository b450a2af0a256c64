//go:build !purewasm

package dml

import (
	"unsafe"

	"github.com/decentralized-ml/dml/sdk-guest/go/internal/host"
	"github.com/decentralized-ml/dml/sdk-guest/go/internal/refblas"
)

// The host backend: each BLAS call becomes one dml import call on the
// arrays in place (on wasip1 the host reads and writes this module's
// memory; natively the fake host runs package refblas). Arguments are
// checked already, so the int32 conversions are exact.

// isF64 is constant per instantiation: float64 calls d…, float32 calls s….
func isF64[T refblas.Float]() bool {
	var zero T
	return unsafe.Sizeof(zero) == 8
}

// ptr is the address of the array behind s (nil for a nil slice).
func ptr[T refblas.Float](s []T) unsafe.Pointer { return unsafe.Pointer(unsafe.SliceData(s)) }

func callDot[T refblas.Float](n int, x []T, incx int, y []T, incy int) T {
	if isF64[T]() {
		return T(host.Ddot(int32(n), ptr(x), int32(incx), ptr(y), int32(incy)))
	}
	return T(host.Sdot(int32(n), ptr(x), int32(incx), ptr(y), int32(incy)))
}

func callNrm2[T refblas.Float](n int, x []T, incx int) T {
	if isF64[T]() {
		return T(host.Dnrm2(int32(n), ptr(x), int32(incx)))
	}
	return T(host.Snrm2(int32(n), ptr(x), int32(incx)))
}

func callAsum[T refblas.Float](n int, x []T, incx int) T {
	if isF64[T]() {
		return T(host.Dasum(int32(n), ptr(x), int32(incx)))
	}
	return T(host.Sasum(int32(n), ptr(x), int32(incx)))
}

func callIamax[T refblas.Float](n int, x []T, incx int) int {
	if isF64[T]() {
		return int(host.Idamax(int32(n), ptr(x), int32(incx)))
	}
	return int(host.Isamax(int32(n), ptr(x), int32(incx)))
}

func callAxpy[T refblas.Float](n int, alpha T, x []T, incx int, y []T, incy int) {
	if isF64[T]() {
		host.Daxpy(int32(n), float64(alpha), ptr(x), int32(incx), ptr(y), int32(incy))
		return
	}
	host.Saxpy(int32(n), float32(alpha), ptr(x), int32(incx), ptr(y), int32(incy))
}

func callScal[T refblas.Float](n int, alpha T, x []T, incx int) {
	if isF64[T]() {
		host.Dscal(int32(n), float64(alpha), ptr(x), int32(incx))
		return
	}
	host.Sscal(int32(n), float32(alpha), ptr(x), int32(incx))
}

func callCopy[T refblas.Float](n int, x []T, incx int, y []T, incy int) {
	if isF64[T]() {
		host.Dcopy(int32(n), ptr(x), int32(incx), ptr(y), int32(incy))
		return
	}
	host.Scopy(int32(n), ptr(x), int32(incx), ptr(y), int32(incy))
}

func callGemv[T refblas.Float](t Transpose, m, n int, alpha T, a []T, lda int, x []T, incx int, beta T, y []T, incy int) {
	if isF64[T]() {
		host.Dgemv(int32(t), int32(m), int32(n), float64(alpha), ptr(a), int32(lda), ptr(x), int32(incx), float64(beta), ptr(y), int32(incy))
		return
	}
	host.Sgemv(int32(t), int32(m), int32(n), float32(alpha), ptr(a), int32(lda), ptr(x), int32(incx), float32(beta), ptr(y), int32(incy))
}

func callGer[T refblas.Float](m, n int, alpha T, x []T, incx int, y []T, incy int, a []T, lda int) {
	if isF64[T]() {
		host.Dger(int32(m), int32(n), float64(alpha), ptr(x), int32(incx), ptr(y), int32(incy), ptr(a), int32(lda))
		return
	}
	host.Sger(int32(m), int32(n), float32(alpha), ptr(x), int32(incx), ptr(y), int32(incy), ptr(a), int32(lda))
}

func callGemm[T refblas.Float](tA, tB Transpose, m, n, k int, alpha T, a []T, lda int, b []T, ldb int, beta T, c []T, ldc int) {
	if isF64[T]() {
		host.Dgemm(int32(tA), int32(tB), int32(m), int32(n), int32(k), float64(alpha), ptr(a), int32(lda), ptr(b), int32(ldb), float64(beta), ptr(c), int32(ldc))
		return
	}
	host.Sgemm(int32(tA), int32(tB), int32(m), int32(n), int32(k), float32(alpha), ptr(a), int32(lda), ptr(b), int32(ldb), float32(beta), ptr(c), int32(ldc))
}
