package blas

// gemv is y = alpha·op(A)·x + beta·y with A m×n row-major.
// NoTrans: y_i = round(alpha·S_i) + round(beta·y_i), S_i the dot of row i
// with x in the lane order of dot. Trans: S_j = Σ_i round(A_ij·x_i) summed in
// increasing i, one accumulator per j. beta = 0 sets y_i = round(alpha·S_i)
// without reading y; alpha = 0 sets y = beta·y (0 when beta = 0) without
// reading A or x. With m = 0 or n = 0 nothing is read or written.
func gemv[T float](trans bool, m, n int, alpha T, a []T, lda int, x []T, incX int, beta T, y []T, incY int) {
	lenX, lenY := n, m
	if trans {
		lenX, lenY = m, n
	}
	if m == 0 || n == 0 {
		return
	}
	if alpha == 0 {
		scaleOnly(lenY, beta, y, incY)
		return
	}
	iy := start(lenY, incY)
	if !trans {
		for i := 0; i < m; i++ {
			s := dot(n, a[i*lda:i*lda+n], 1, x, incX)
			y[iy] = combine(alpha, s, beta, y[iy])
			iy += incY
		}
		return
	}
	acc := make([]T, n)
	ix := start(lenX, incX)
	for i := 0; i < m; i++ {
		xi := x[ix]
		row := a[i*lda : i*lda+n]
		for j, v := range row {
			acc[j] += T(v * xi)
		}
		ix += incX
	}
	for j := 0; j < n; j++ {
		y[iy] = combine(alpha, acc[j], beta, y[iy])
		iy += incY
	}
}

// combine is round(alpha·s) + round(beta·c), or round(alpha·s) when beta = 0
// (c is then not read, so a NaN in c does not propagate).
func combine[T float](alpha, s, beta, c T) T {
	if beta == 0 {
		return T(alpha * s)
	}
	return T(alpha*s) + T(beta*c)
}

// scaleOnly is y = beta·y, or y = 0 without reading y when beta = 0.
func scaleOnly[T float](n int, beta T, y []T, incY int) {
	if beta == 1 {
		return
	}
	iy := start(n, incY)
	for i := 0; i < n; i++ {
		if beta == 0 {
			y[iy] = 0
		} else {
			y[iy] *= beta
		}
		iy += incY
	}
}

// ger is A = A + alpha·x·yᵀ with A m×n row-major: t_i = round(alpha·x_i),
// A_ij = A_ij + round(t_i·y_j).
func ger[T float](m, n int, alpha T, x []T, incX int, y []T, incY int, a []T, lda int) {
	if m == 0 || n == 0 || alpha == 0 {
		return
	}
	ix, y0 := start(m, incX), start(n, incY)
	for i := 0; i < m; i++ {
		t := T(alpha * x[ix])
		row := a[i*lda : i*lda+n]
		if incY == 1 {
			for j, v := range y[:n] {
				row[j] += T(t * v)
			}
		} else {
			iy := y0
			for j := range row {
				row[j] += T(t * y[iy])
				iy += incY
			}
		}
		ix += incX
	}
}
