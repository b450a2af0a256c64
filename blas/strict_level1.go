package blas

import "math"

// float is the element type of the strict kernels.
type float interface{ ~float32 | ~float64 }

// lanes is the number of independent partial sums of the strict reductions:
// lane l sums the elements whose 0-based index i has i mod lanes = l, in
// increasing i, and the lanes are combined as (s0+s1)+(s2+s3).
const lanes = 4

// start is the slice index of element 0 of a vector of n elements.
func start(n, inc int) int {
	if inc < 0 {
		return (n - 1) * -inc
	}
	return 0
}

// dot is Σ x_i·y_i in the lane order; each product is rounded before it is
// added (the conversion T(...) forbids fused multiply-add).
func dot[T float](n int, x []T, incX int, y []T, incY int) T {
	var s0, s1, s2, s3 T
	if incX == 1 && incY == 1 {
		x, y = x[:n], y[:n]
		i := 0
		for ; i+lanes <= n; i += lanes {
			s0 += T(x[i] * y[i])
			s1 += T(x[i+1] * y[i+1])
			s2 += T(x[i+2] * y[i+2])
			s3 += T(x[i+3] * y[i+3])
		}
		return tail4(s0, s1, s2, s3, i, n, func(i int) T { return T(x[i] * y[i]) })
	}
	ix, iy := start(n, incX), start(n, incY)
	i := 0
	for ; i+lanes <= n; i += lanes {
		s0 += T(x[ix] * y[iy])
		s1 += T(x[ix+incX] * y[iy+incY])
		s2 += T(x[ix+2*incX] * y[iy+2*incY])
		s3 += T(x[ix+3*incX] * y[iy+3*incY])
		ix += lanes * incX
		iy += lanes * incY
	}
	x0, y0 := start(n, incX), start(n, incY)
	return tail4(s0, s1, s2, s3, i, n, func(i int) T { return T(x[x0+i*incX] * y[y0+i*incY]) })
}

// tail4 adds the terms i..n-1 (fewer than lanes) to their lanes and combines
// the lanes in the fixed tree.
func tail4[T float](s0, s1, s2, s3 T, i, n int, term func(int) T) T {
	if i < n {
		s0 += term(i)
	}
	if i+1 < n {
		s1 += term(i + 1)
	}
	if i+2 < n {
		s2 += term(i + 2)
	}
	return (s0 + s1) + (s2 + s3)
}

// asum is Σ |x_i| in the lane order.
func asum[T float](n int, x []T, incX int) T {
	var s0, s1, s2, s3 T
	ix := start(n, incX)
	i := 0
	for ; i+lanes <= n; i += lanes {
		s0 += abs(x[ix])
		s1 += abs(x[ix+incX])
		s2 += abs(x[ix+2*incX])
		s3 += abs(x[ix+3*incX])
		ix += lanes * incX
	}
	x0 := start(n, incX)
	return tail4(s0, s1, s2, s3, i, n, func(i int) T { return abs(x[x0+i*incX]) })
}

// abs clears the sign bit (branch-free: math.Abs is an intrinsic; the
// float32 round trip through float64 is exact).
func abs[T float](v T) T { return T(math.Abs(float64(v))) }

// nrm2 is the Euclidean norm without overflow or harmful underflow: with
// amax = max |x_i| = f·2^e (f in [0.5, 1)), every element is scaled by the
// power of two s = 2^clamp(-e, ±(maxExp-2)) (an exact scaling), the squares
// are summed in the lane order, and the root is scaled back:
// ldexp(sqrt(Σ (s·x_i)²), -log2 s). Any NaN gives NaN; else any ±Inf gives +Inf.
func nrm2[T float](n int, x []T, incX int) T {
	if n == 0 {
		return 0
	}
	ix := start(n, incX)
	var amax T
	nan, inf := false, false
	for i := 0; i < n; i++ {
		v := abs(x[ix+i*incX])
		switch {
		case v != v:
			nan = true
		case math.IsInf(float64(v), 0):
			inf = true
		case v > amax:
			amax = v
		}
	}
	switch {
	case nan:
		return T(math.NaN())
	case inf:
		return T(math.Inf(1))
	case amax == 0:
		return 0
	}
	_, e := math.Frexp(float64(amax))
	lim := maxExp[T]() - 2
	k := min(max(-e, -lim), lim)
	s := T(math.Ldexp(1, k))
	var s0, s1, s2, s3 T
	i := 0
	for ; i+lanes <= n; i += lanes {
		v0, v1, v2, v3 := T(x[ix]*s), T(x[ix+incX]*s), T(x[ix+2*incX]*s), T(x[ix+3*incX]*s)
		s0 += T(v0 * v0)
		s1 += T(v1 * v1)
		s2 += T(v2 * v2)
		s3 += T(v3 * v3)
		ix += lanes * incX
	}
	x0 := start(n, incX)
	ssq := tail4(s0, s1, s2, s3, i, n, func(i int) T { v := T(x[x0+i*incX] * s); return T(v * v) })
	return T(math.Ldexp(float64(T(math.Sqrt(float64(ssq)))), -k))
}

// maxExp is the largest binary exponent e of a finite T = f·2^e, f in [0.5, 1).
func maxExp[T float]() int {
	var z T
	if _, ok := any(z).(float32); ok {
		return 128
	}
	return 1024
}

// iamax is the 0-based index of the first element of largest |x_i|, or -1
// for n = 0. As reference BLAS, a NaN never compares larger, so NaNs are
// skipped unless x_0 is one.
func iamax[T float](n int, x []T, incX int) int {
	if n == 0 {
		return -1
	}
	ix := start(n, incX)
	best, bmax := 0, abs(x[ix])
	for i := 1; i < n; i++ {
		if v := abs(x[ix+i*incX]); v > bmax {
			best, bmax = i, v
		}
	}
	return best
}

// axpy is y_i = y_i + round(alpha·x_i).
func axpy[T float](n int, alpha T, x []T, incX int, y []T, incY int) {
	if incX == 1 && incY == 1 {
		y = y[:n]
		for i, v := range x[:n] {
			y[i] += T(alpha * v)
		}
		return
	}
	ix, iy := start(n, incX), start(n, incY)
	for i := 0; i < n; i++ {
		y[iy] += T(alpha * x[ix])
		ix += incX
		iy += incY
	}
}

// scal is x_i = alpha·x_i (a multiplication even when alpha is 0, so NaN
// and Inf elements stay NaN, as reference BLAS).
func scal[T float](n int, alpha T, x []T, incX int) {
	if incX == 1 {
		for i := range x[:n] {
			x[i] *= alpha
		}
		return
	}
	ix := start(n, incX)
	for i := 0; i < n; i++ {
		x[ix] *= alpha
		ix += incX
	}
}

// copyVec is y_i = x_i.
func copyVec[T float](n int, x []T, incX int, y []T, incY int) {
	if incX == 1 && incY == 1 {
		copy(y[:n], x[:n])
		return
	}
	ix, iy := start(n, incX), start(n, incY)
	for i := 0; i < n; i++ {
		y[iy] = x[ix]
		ix += incX
		iy += incY
	}
}
