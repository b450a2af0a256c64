package blas

import (
	"fmt"
	"math"
	"testing"
)

// Tolerances of the native backends against strict: both compute the same
// sums in different orders (and OpenBLAS with FMA), so each result may
// differ by a few roundings of the sum of absolute terms.
const (
	tol64 = 1e-13
	tol32 = 1e-5
)

func near(got, want, scale, tol float64) bool {
	return math.Abs(got-want) <= tol*math.Max(scale, 1)
}

// TestNativeAgainstStrict runs every function of every native backend of
// this build against strict, with positive and negative increments.
func TestNativeAgainstStrict(t *testing.T) {
	s := Strict()
	for _, name := range Names() {
		if name == NameStrict {
			continue
		}
		f, _ := ByName(name)
		g := lcg(11)
		for _, c := range vecCases {
			incY := -(c.inc + sign(c.inc))
			x, y := g.f64s(extent(c.n, c.inc)), g.f64s(extent(c.n, incY))
			scale := float64(c.n)
			checks := []struct {
				what      string
				got, want float64
			}{
				{"Ddot", f.Ddot(c.n, x, c.inc, y, incY), s.Ddot(c.n, x, c.inc, y, incY)},
				{"Dnrm2", f.Dnrm2(c.n, x, c.inc), s.Dnrm2(c.n, x, c.inc)},
				{"Dasum", f.Dasum(c.n, x, c.inc), s.Dasum(c.n, x, c.inc)},
				{"Idamax", float64(f.Idamax(c.n, x, c.inc)), float64(s.Idamax(c.n, x, c.inc))},
				{"Sdot", float64(f.Sdot(c.n, to32(x), c.inc, to32(y), incY)), float64(s.Sdot(c.n, to32(x), c.inc, to32(y), incY))},
				{"Snrm2", float64(f.Snrm2(c.n, to32(x), c.inc)), float64(s.Snrm2(c.n, to32(x), c.inc))},
				{"Sasum", float64(f.Sasum(c.n, to32(x), c.inc)), float64(s.Sasum(c.n, to32(x), c.inc))},
				{"Isamax", float64(f.Isamax(c.n, to32(x), c.inc)), float64(s.Isamax(c.n, to32(x), c.inc))},
			}
			for _, ch := range checks {
				tol := tol64
				if ch.what[0] == 'S' {
					tol = tol32
				}
				if !near(ch.got, ch.want, scale, tol) {
					t.Errorf("%s %s %v: %v, strict %v", name, ch.what, c, ch.got, ch.want)
				}
			}
			for _, op := range vecOps {
				y1, y2 := append([]float64(nil), y...), append([]float64(nil), y...)
				op.run64(f, c.n, x, c.inc, y1, incY)
				op.run64(s, c.n, x, c.inc, y2, incY)
				closeAll(t, name+" "+op.name, y1, y2, tol64)
				z1, z2 := to32(y), to32(y)
				op.run32(f, c.n, to32(x), c.inc, z1, incY)
				op.run32(s, c.n, to32(x), c.inc, z2, incY)
				closeAll(t, name+" s"+op.name, widen(z1), widen(z2), tol32)
			}
		}
		for _, c := range gemmCases {
			for _, t32 := range []bool{false, true} {
				a, lda, b, ldb, c1, ldc := gemmOperands(&g, c)
				if c.beta == 0 {
					clear(c1)
				}
				c2 := append([]float64(nil), c1...)
				scale := float64(c.k)
				if t32 {
					a32, b32, d1, d2 := to32(a), to32(b), to32(c1), to32(c2)
					f.Sgemm(c.tA, c.tB, c.m, c.n, c.k, float32(c.alpha), a32, lda, b32, ldb, float32(c.beta), d1, ldc)
					s.Sgemm(c.tA, c.tB, c.m, c.n, c.k, float32(c.alpha), a32, lda, b32, ldb, float32(c.beta), d2, ldc)
					closeAll(t, name+" Sgemm", widen(d1), widen(d2), tol32*scale)
					continue
				}
				f.Dgemm(c.tA, c.tB, c.m, c.n, c.k, c.alpha, a, lda, b, ldb, c.beta, c1, ldc)
				s.Dgemm(c.tA, c.tB, c.m, c.n, c.k, c.alpha, a, lda, b, ldb, c.beta, c2, ldc)
				closeAll(t, name+" Dgemm", c1, c2, tol64*scale)
			}
		}
		for _, c := range gemvCases {
			for _, t32 := range []bool{false, true} {
				a, x, y := g.f64s(matLen(c.m, c.n, c.lda)), g.f64s(200), g.f64s(200)
				y2 := append([]float64(nil), y...)
				lx, ly := c.lens()
				xs, ys, ys2 := x[:extent(lx, c.incX)], y[:extent(ly, c.incY)], y2[:extent(ly, c.incY)]
				if t32 {
					z1, z2 := to32(ys), to32(ys2)
					f.Sgemv(c.t, c.m, c.n, 0.5, to32(a), c.lda, to32(xs), c.incX, -2, z1, c.incY)
					s.Sgemv(c.t, c.m, c.n, 0.5, to32(a), c.lda, to32(xs), c.incX, -2, z2, c.incY)
					closeAll(t, name+" Sgemv", widen(z1), widen(z2), tol32*float64(c.m+c.n))
					a1, a2 := to32(a), to32(a)
					f.Sger(c.m, c.n, 1.5, to32(x[:extent(c.m, c.incX)]), c.incX, to32(y[:extent(c.n, c.incY)]), c.incY, a1, c.lda)
					s.Sger(c.m, c.n, 1.5, to32(x[:extent(c.m, c.incX)]), c.incX, to32(y[:extent(c.n, c.incY)]), c.incY, a2, c.lda)
					closeAll(t, name+" Sger", widen(a1), widen(a2), tol32)
					continue
				}
				f.Dgemv(c.t, c.m, c.n, 0.5, a, c.lda, xs, c.incX, -2, ys, c.incY)
				s.Dgemv(c.t, c.m, c.n, 0.5, a, c.lda, xs, c.incX, -2, ys2, c.incY)
				closeAll(t, name+" Dgemv", ys, ys2, tol64*float64(c.m+c.n))
				a1, a2 := append([]float64(nil), a...), append([]float64(nil), a...)
				f.Dger(c.m, c.n, 1.5, x[:extent(c.m, c.incX)], c.incX, y[:extent(c.n, c.incY)], c.incY, a1, c.lda)
				s.Dger(c.m, c.n, 1.5, x[:extent(c.m, c.incX)], c.incX, y[:extent(c.n, c.incY)], c.incY, a2, c.lda)
				closeAll(t, fmt.Sprintf("%s Dger %+v", name, c), a1, a2, tol64)
			}
		}
	}
}

// vecOps are the level-1 functions that write y (or x, for scal).
var vecOps = []struct {
	name  string
	run64 func(b Backend, n int, x []float64, incX int, y []float64, incY int)
	run32 func(b Backend, n int, x []float32, incX int, y []float32, incY int)
}{
	{"axpy", func(b Backend, n int, x []float64, ix int, y []float64, iy int) { b.Daxpy(n, -0.75, x, ix, y, iy) },
		func(b Backend, n int, x []float32, ix int, y []float32, iy int) { b.Saxpy(n, -0.75, x, ix, y, iy) }},
	{"copy", func(b Backend, n int, x []float64, ix int, y []float64, iy int) { b.Dcopy(n, x, ix, y, iy) },
		func(b Backend, n int, x []float32, ix int, y []float32, iy int) { b.Scopy(n, x, ix, y, iy) }},
	{"scal", func(b Backend, n int, _ []float64, _ int, y []float64, iy int) { b.Dscal(n, 3, y, iy) },
		func(b Backend, n int, _ []float32, _ int, y []float32, iy int) { b.Sscal(n, 3, y, iy) }},
}

// gemvCase is a dgemv/dger layout.
type gemvCase struct {
	t          Transpose
	m, n, lda  int
	incX, incY int
}

func (c gemvCase) lens() (lx, ly int) {
	if c.t == Trans {
		return c.m, c.n
	}
	return c.n, c.m
}

var gemvCases = []gemvCase{
	{NoTrans, 1, 1, 1, 1, 1}, {NoTrans, 7, 5, 5, 1, 1}, {Trans, 7, 5, 6, 1, 1},
	{NoTrans, 9, 13, 16, -2, 3}, {Trans, 13, 9, 9, 3, -1}, {NoTrans, 0, 4, 4, 1, 1}, {Trans, 4, 0, 1, 1, 1},
	{NoTrans, 40, 60, 60, -1, -1}, {Trans, 40, 60, 61, -2, -2},
}

func closeAll(t *testing.T, what string, got, want []float64, tol float64) {
	t.Helper()
	for i := range want {
		if !near(got[i], want[i], math.Abs(want[i]), tol) {
			t.Errorf("%s: [%d] = %v, strict %v", what, i, got[i], want[i])
			return
		}
	}
}

func widen(x []float32) []float64 {
	out := make([]float64, len(x))
	for i, v := range x {
		out[i] = float64(v)
	}
	return out
}
