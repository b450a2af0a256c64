//go:build !wasip1

package host

import (
	"unsafe"

	"github.com/decentralized-ml/dml/sdk-guest/go/internal/fake"
)

// The BLAS imports natively: the fake host's checks, then package refblas.
// They need no dmltest host.

// Ddot calls ddot.
func Ddot(n int32, x unsafe.Pointer, incx int32, y unsafe.Pointer, incy int32) float64 {
	return fake.Dot[float64]("ddot", n, x, incx, y, incy)
}

// Dnrm2 calls dnrm2.
func Dnrm2(n int32, x unsafe.Pointer, incx int32) float64 {
	return fake.Nrm2[float64]("dnrm2", n, x, incx)
}

// Dasum calls dasum.
func Dasum(n int32, x unsafe.Pointer, incx int32) float64 {
	return fake.Asum[float64]("dasum", n, x, incx)
}

// Idamax calls idamax.
func Idamax(n int32, x unsafe.Pointer, incx int32) int32 {
	return fake.Iamax[float64]("idamax", n, x, incx)
}

// Daxpy calls daxpy.
func Daxpy(n int32, alpha float64, x unsafe.Pointer, incx int32, y unsafe.Pointer, incy int32) {
	fake.Axpy("daxpy", n, alpha, x, incx, y, incy)
}

// Dscal calls dscal.
func Dscal(n int32, alpha float64, x unsafe.Pointer, incx int32) {
	fake.Scal("dscal", n, alpha, x, incx)
}

// Dcopy calls dcopy.
func Dcopy(n int32, x unsafe.Pointer, incx int32, y unsafe.Pointer, incy int32) {
	fake.Copy[float64]("dcopy", n, x, incx, y, incy)
}

// Dgemv calls dgemv.
func Dgemv(trans, m, n int32, alpha float64, a unsafe.Pointer, lda int32, x unsafe.Pointer, incx int32, beta float64, y unsafe.Pointer, incy int32) {
	fake.Gemv("dgemv", trans, m, n, alpha, a, lda, x, incx, beta, y, incy)
}

// Dger calls dger.
func Dger(m, n int32, alpha float64, x unsafe.Pointer, incx int32, y unsafe.Pointer, incy int32, a unsafe.Pointer, lda int32) {
	fake.Ger("dger", m, n, alpha, x, incx, y, incy, a, lda)
}

// Dgemm calls dgemm.
func Dgemm(transA, transB, m, n, k int32, alpha float64, a unsafe.Pointer, lda int32, b unsafe.Pointer, ldb int32, beta float64, c unsafe.Pointer, ldc int32) {
	fake.Gemm("dgemm", transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
}

// Sdot calls sdot.
func Sdot(n int32, x unsafe.Pointer, incx int32, y unsafe.Pointer, incy int32) float32 {
	return fake.Dot[float32]("sdot", n, x, incx, y, incy)
}

// Snrm2 calls snrm2.
func Snrm2(n int32, x unsafe.Pointer, incx int32) float32 {
	return fake.Nrm2[float32]("snrm2", n, x, incx)
}

// Sasum calls sasum.
func Sasum(n int32, x unsafe.Pointer, incx int32) float32 {
	return fake.Asum[float32]("sasum", n, x, incx)
}

// Isamax calls isamax.
func Isamax(n int32, x unsafe.Pointer, incx int32) int32 {
	return fake.Iamax[float32]("isamax", n, x, incx)
}

// Saxpy calls saxpy.
func Saxpy(n int32, alpha float32, x unsafe.Pointer, incx int32, y unsafe.Pointer, incy int32) {
	fake.Axpy("saxpy", n, alpha, x, incx, y, incy)
}

// Sscal calls sscal.
func Sscal(n int32, alpha float32, x unsafe.Pointer, incx int32) {
	fake.Scal("sscal", n, alpha, x, incx)
}

// Scopy calls scopy.
func Scopy(n int32, x unsafe.Pointer, incx int32, y unsafe.Pointer, incy int32) {
	fake.Copy[float32]("scopy", n, x, incx, y, incy)
}

// Sgemv calls sgemv.
func Sgemv(trans, m, n int32, alpha float32, a unsafe.Pointer, lda int32, x unsafe.Pointer, incx int32, beta float32, y unsafe.Pointer, incy int32) {
	fake.Gemv("sgemv", trans, m, n, alpha, a, lda, x, incx, beta, y, incy)
}

// Sger calls sger.
func Sger(m, n int32, alpha float32, x unsafe.Pointer, incx int32, y unsafe.Pointer, incy int32, a unsafe.Pointer, lda int32) {
	fake.Ger("sger", m, n, alpha, x, incx, y, incy, a, lda)
}

// Sgemm calls sgemm.
func Sgemm(transA, transB, m, n, k int32, alpha float32, a unsafe.Pointer, lda int32, b unsafe.Pointer, ldb int32, beta float32, c unsafe.Pointer, ldc int32) {
	fake.Gemm("sgemm", transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
}
