//go:build purewasm

package dml

import "github.com/decentralized-ml/dml/sdk-guest/go/internal/refblas"

// The pure backend (build tag purewasm): package refblas runs inside the
// module, with no BLAS import, for comparison with host BLAS.

func callDot[T refblas.Float](n int, x []T, incx int, y []T, incy int) T {
	return refblas.Dot(n, x, incx, y, incy)
}

func callNrm2[T refblas.Float](n int, x []T, incx int) T { return refblas.Nrm2(n, x, incx) }

func callAsum[T refblas.Float](n int, x []T, incx int) T { return refblas.Asum(n, x, incx) }

func callIamax[T refblas.Float](n int, x []T, incx int) int { return refblas.Iamax(n, x, incx) }

func callAxpy[T refblas.Float](n int, alpha T, x []T, incx int, y []T, incy int) {
	refblas.Axpy(n, alpha, x, incx, y, incy)
}

func callScal[T refblas.Float](n int, alpha T, x []T, incx int) { refblas.Scal(n, alpha, x, incx) }

func callCopy[T refblas.Float](n int, x []T, incx int, y []T, incy int) {
	refblas.Copy(n, x, incx, y, incy)
}

func callGemv[T refblas.Float](t Transpose, m, n int, alpha T, a []T, lda int, x []T, incx int, beta T, y []T, incy int) {
	refblas.Gemv(t == Trans, m, n, alpha, a, lda, x, incx, beta, y, incy)
}

func callGer[T refblas.Float](m, n int, alpha T, x []T, incx int, y []T, incy int, a []T, lda int) {
	refblas.Ger(m, n, alpha, x, incx, y, incy, a, lda)
}

func callGemm[T refblas.Float](tA, tB Transpose, m, n, k int, alpha T, a []T, lda int, b []T, ldb int, beta T, c []T, ldc int) {
	refblas.Gemm(tA == Trans, tB == Trans, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
}
