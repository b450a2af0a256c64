package dml

import "github.com/decentralized-ml/dml/sdk-guest/go/internal/refblas"

// Level 2 BLAS: matrix-vector operations.

// Dgemv is y = alpha·A·x + beta·y (t NoTrans; x has A.Cols elements and y
// A.Rows) or y = alpha·Aᵀ·x + beta·y (t Trans; x has A.Rows, y A.Cols).
// With beta 0, y is set, not scaled; an empty A leaves y as it is.
func Dgemv(t Transpose, alpha float64, a General, x Vector, beta float64, y Vector) {
	gemv("Dgemv", t, alpha, a.Rows, a.Cols, a.Stride, a.Data, x.N, x.Inc, x.Data, beta, y.N, y.Inc, y.Data)
}

// Sgemv is the float32 twin of Dgemv.
func Sgemv(t Transpose, alpha float32, a General32, x Vector32, beta float32, y Vector32) {
	gemv("Sgemv", t, alpha, a.Rows, a.Cols, a.Stride, a.Data, x.N, x.Inc, x.Data, beta, y.N, y.Inc, y.Data)
}

// Dger is A += alpha·x·yᵀ, x of A.Rows elements and y of A.Cols.
func Dger(alpha float64, x, y Vector, a General) {
	ger("Dger", alpha, x.N, x.Inc, x.Data, y.N, y.Inc, y.Data, a.Rows, a.Cols, a.Stride, a.Data)
}

// Sger is the float32 twin of Dger.
func Sger(alpha float32, x, y Vector32, a General32) {
	ger("Sger", alpha, x.N, x.Inc, x.Data, y.N, y.Inc, y.Data, a.Rows, a.Cols, a.Stride, a.Data)
}

func gemv[T refblas.Float](call string, t Transpose, alpha T, m, n, lda int, a []T, xn, xinc int, x []T, beta T, yn, yinc int, y []T) {
	tr := checkTrans(call, "t", t)
	checkGeneral(call, "a", m, n, lda, a)
	checkVector(call, "x", xn, xinc, x)
	checkVector(call, "y", yn, yinc, y)
	if tr {
		sameLen(call, "x.N", xn, "a.Rows", m)
		sameLen(call, "y.N", yn, "a.Cols", n)
	} else {
		sameLen(call, "x.N", xn, "a.Cols", n)
		sameLen(call, "y.N", yn, "a.Rows", m)
	}
	callGemv(t, m, n, alpha, a, lda, x, xinc, beta, y, yinc)
}

func ger[T refblas.Float](call string, alpha T, xn, xinc int, x []T, yn, yinc int, y []T, m, n, lda int, a []T) {
	checkVector(call, "x", xn, xinc, x)
	checkVector(call, "y", yn, yinc, y)
	checkGeneral(call, "a", m, n, lda, a)
	sameLen(call, "x.N", xn, "a.Rows", m)
	sameLen(call, "y.N", yn, "a.Cols", n)
	callGer(m, n, alpha, x, xinc, y, yinc, a, lda)
}
