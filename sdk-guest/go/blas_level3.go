package dml

import "github.com/decentralized-ml/dml/sdk-guest/go/internal/refblas"

// Level 3 BLAS: matrix-matrix operations.

// Dgemm is C = alpha·op(A)·op(B) + beta·C, where op(X) is X (NoTrans) or
// Xᵀ (Trans): op(A) is C.Rows×k and op(B) k×C.Cols. With beta 0, C is set,
// not scaled.
//
//	dml.Dgemm(dml.NoTrans, dml.NoTrans, 1, x, w, 0, z) // z = x·w
func Dgemm(tA, tB Transpose, alpha float64, a, b General, beta float64, c General) {
	gemm("Dgemm", tA, tB, alpha, a.Rows, a.Cols, a.Stride, a.Data, b.Rows, b.Cols, b.Stride, b.Data, beta, c.Rows, c.Cols, c.Stride, c.Data)
}

// Sgemm is the float32 twin of Dgemm.
func Sgemm(tA, tB Transpose, alpha float32, a, b General32, beta float32, c General32) {
	gemm("Sgemm", tA, tB, alpha, a.Rows, a.Cols, a.Stride, a.Data, b.Rows, b.Cols, b.Stride, b.Data, beta, c.Rows, c.Cols, c.Stride, c.Data)
}

func gemm[T refblas.Float](call string, tA, tB Transpose, alpha T, ar, ac, lda int, a []T, br, bc, ldb int, b []T, beta T, m, n, ldc int, c []T) {
	ta := checkTrans(call, "tA", tA)
	tb := checkTrans(call, "tB", tB)
	checkGeneral(call, "a", ar, ac, lda, a)
	checkGeneral(call, "b", br, bc, ldb, b)
	checkGeneral(call, "c", m, n, ldc, c)
	am, ak := ar, ac
	if ta {
		am, ak = ac, ar
	}
	bk, bn := br, bc
	if tb {
		bk, bn = bc, br
	}
	sameLen(call, "rows of op(a)", am, "c.Rows", m)
	sameLen(call, "cols of op(b)", bn, "c.Cols", n)
	sameLen(call, "cols of op(a)", ak, "rows of op(b)", bk)
	callGemm(tA, tB, m, n, ak, alpha, a, lda, b, ldb, beta, c, ldc)
}
