package refblas

// Gemv is y = alpha·A·x + beta·y (trans false) or y = alpha·Aᵀ·x + beta·y
// (trans true), A m×n row-major with leading dimension lda. With beta 0, y
// is set, not scaled (a NaN in y does not survive); with m or n 0, y is left
// as it is. Both as in reference BLAS.
func Gemv[T Float](trans bool, m, n int, alpha T, a []T, lda int, x []T, incx int, beta T, y []T, incy int) {
	leny, lenx := m, n
	if trans {
		leny, lenx = n, m
	}
	if m == 0 || n == 0 {
		return
	}
	if !trans {
		iy := start(leny, incy)
		for i := range m {
			s := Dot(n, a[i*lda:], 1, x, incx)
			v := T(alpha * s)
			if beta != 0 {
				v += T(beta * y[iy])
			}
			y[iy] = v
			iy += incy
		}
		return
	}
	scale(leny, beta, y, incy)
	ix := start(lenx, incx)
	for i := range m {
		Axpy(n, T(alpha*x[ix]), a[i*lda:], 1, y, incy)
		ix += incx
	}
}

// scale sets y to beta·y, or to zeros when beta is 0.
func scale[T Float](n int, beta T, y []T, incy int) {
	switch beta {
	case 1:
	case 0:
		iy := start(n, incy)
		for range n {
			y[iy] = 0
			iy += incy
		}
	default:
		Scal(n, beta, y, incy)
	}
}

// Ger is A += alpha·x·yᵀ, A m×n row-major.
func Ger[T Float](m, n int, alpha T, x []T, incx int, y []T, incy int, a []T, lda int) {
	if n == 0 {
		return
	}
	ix := start(m, incx)
	for i := range m {
		Axpy(n, T(alpha*x[ix]), y, incy, a[i*lda:], 1)
		ix += incx
	}
}
