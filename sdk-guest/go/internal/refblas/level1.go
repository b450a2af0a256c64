package refblas

import "math"

// Dot is Σ x[i]·y[i], i ascending.
func Dot[T Float](n int, x []T, incx int, y []T, incy int) T {
	var s T
	ix, iy := start(n, incx), start(n, incy)
	for range n {
		s += T(x[ix] * y[iy])
		ix += incx
		iy += incy
	}
	return s
}

// Nrm2 is the Euclidean norm of x, computed with a running scale (as the
// reference BLAS) so that it neither overflows nor underflows needlessly.
func Nrm2[T Float](n int, x []T, incx int) T {
	scale, ssq := 0.0, 1.0
	ix := start(n, incx)
	for range n {
		if v := math.Abs(float64(x[ix])); v != 0 {
			if scale < v {
				r := scale / v
				ssq = 1 + ssq*r*r
				scale = v
			} else {
				r := v / scale
				ssq += r * r
			}
		} else if math.IsNaN(float64(x[ix])) {
			return T(math.NaN())
		}
		ix += incx
	}
	return T(scale * math.Sqrt(ssq))
}

// Asum is Σ |x[i]|, i ascending.
func Asum[T Float](n int, x []T, incx int) T {
	var s T
	ix := start(n, incx)
	for range n {
		s += abs(x[ix])
		ix += incx
	}
	return s
}

// Iamax is the 0-based index of the first element of largest |x[i]|, or −1
// when n is 0. As in reference BLAS, a NaN is never larger than what came
// before it (a NaN in element 0 keeps index 0).
func Iamax[T Float](n int, x []T, incx int) int {
	if n == 0 {
		return -1
	}
	ix := start(n, incx)
	best, bi := abs(x[ix]), 0
	for i := 1; i < n; i++ {
		ix += incx
		if v := abs(x[ix]); v > best {
			best, bi = v, i
		}
	}
	return bi
}

func abs[T Float](v T) T {
	if v < 0 {
		return -v
	}
	return v
}

// Axpy is y[i] += alpha·x[i].
func Axpy[T Float](n int, alpha T, x []T, incx int, y []T, incy int) {
	ix, iy := start(n, incx), start(n, incy)
	for range n {
		y[iy] += T(alpha * x[ix])
		ix += incx
		iy += incy
	}
}

// Scal is x[i] = alpha·x[i]. The increment is positive, as in reference
// BLAS; a negative one scales the same elements.
func Scal[T Float](n int, alpha T, x []T, incx int) {
	ix := start(n, incx)
	for range n {
		x[ix] *= alpha
		ix += incx
	}
}

// Copy is y[i] = x[i].
func Copy[T Float](n int, x []T, incx int, y []T, incy int) {
	if incx == 1 && incy == 1 {
		copy(y[:n], x[:n])
		return
	}
	ix, iy := start(n, incx), start(n, incy)
	for range n {
		y[iy] = x[ix]
		ix += incx
		iy += incy
	}
}
