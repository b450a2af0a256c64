package refblas

// Gemm is C = alpha·op(A)·op(B) + beta·C, all row-major: C m×n, op(A) m×k,
// op(B) k×n, where op(A) is A (A m×k) or Aᵀ (A k×m, transA true), and the
// same for B. With beta 0, C is set, not scaled. Each C[i][j] sums its k
// terms with l ascending.
func Gemm[T Float](transA, transB bool, m, n, k int, alpha T, a []T, lda int, b []T, ldb int, beta T, c []T, ldc int) {
	for i := range m {
		scale(n, beta, c[i*ldc:], 1)
	}
	if alpha == 0 || k == 0 {
		return
	}
	switch {
	case !transA && !transB:
		for i := range m {
			ci := c[i*ldc : i*ldc+n]
			for l := range k {
				Axpy(n, T(alpha*a[i*lda+l]), b[l*ldb:], 1, ci, 1)
			}
		}
	case transA && !transB:
		for i := range m {
			ci := c[i*ldc : i*ldc+n]
			for l := range k {
				Axpy(n, T(alpha*a[l*lda+i]), b[l*ldb:], 1, ci, 1)
			}
		}
	case !transA && transB:
		for i := range m {
			for j := range n {
				c[i*ldc+j] += T(alpha * Dot(k, a[i*lda:], 1, b[j*ldb:], 1))
			}
		}
	default:
		for i := range m {
			for j := range n {
				c[i*ldc+j] += T(alpha * Dot(k, a[i:], lda, b[j*ldb:], 1))
			}
		}
	}
}
