package blas

import (
	"math"
	"runtime"
	"testing"
)

// gemmCase is one dgemm shape; ldExtra pads every leading dimension.
type gemmCase struct {
	tA, tB      Transpose
	m, n, k     int
	ldExtra     int
	alpha, beta float64
}

var gemmCases = []gemmCase{
	{NoTrans, NoTrans, 1, 1, 1, 0, 1, 0},
	{NoTrans, NoTrans, 3, 5, 7, 0, 1.5, 0},
	{NoTrans, NoTrans, 4, 8, 16, 0, 1, 1},
	{Trans, NoTrans, 9, 17, 3, 2, -1, 0.5},
	{NoTrans, Trans, 65, 31, 20, 0, 0.25, -2},
	{Trans, Trans, 33, 70, 45, 1, 1, 0},
	{NoTrans, NoTrans, 70, 300, 270, 3, 1, 1},   // crosses gemmMB, gemmNB and gemmKC
	{Trans, Trans, 130, 260, 513, 0, -0.5, 0.5}, // three k slices
	{NoTrans, NoTrans, 5, 6, 0, 0, 1, 2},        // k = 0: C = beta·C
	{NoTrans, Trans, 5, 6, 4, 0, 0, 0},          // alpha = 0, beta = 0: C = 0
	{NoTrans, NoTrans, 0, 6, 4, 0, 1, 0},
	{NoTrans, NoTrans, 6, 0, 4, 0, 1, 0},
}

// dims returns the stored rows, cols and leading dimension of op(X) r×c.
func dims(t Transpose, r, c, extra int) (rows, cols, ld int) {
	if t == Trans {
		r, c = c, r
	}
	return r, c, max(1, c+extra)
}

func matLen(rows, cols, ld int) int {
	if rows == 0 || cols == 0 {
		return 0
	}
	return (rows-1)*ld + cols
}

// naiveGemm is the documented strict order written as the textbook triple
// loop: S = Σ_p round(a·b) in increasing p from +0, then combine.
func naiveGemm(c gemmCase, a []float64, lda int, b []float64, ldb int, cm []float64, ldc int) {
	at := func(i, p int) float64 {
		if c.tA == Trans {
			return a[p*lda+i]
		}
		return a[i*lda+p]
	}
	bt := func(p, j int) float64 {
		if c.tB == Trans {
			return b[j*ldb+p]
		}
		return b[p*ldb+j]
	}
	for i := 0; i < c.m; i++ {
		for j := 0; j < c.n; j++ {
			p := &cm[i*ldc+j]
			if c.alpha == 0 || c.k == 0 {
				if c.beta == 0 {
					*p = 0
				} else {
					*p = float64(c.beta * *p)
				}
				continue
			}
			s := 0.0
			for q := 0; q < c.k; q++ {
				s += float64(at(i, q) * bt(q, j))
			}
			if c.beta == 0 {
				*p = float64(c.alpha * s)
			} else {
				*p = float64(c.alpha*s) + float64(c.beta**p)
			}
		}
	}
}

// gemmOperands makes A, B and C for a case; C holds NaNs when beta = 0 so a
// read of C would show.
func gemmOperands(g *lcg, c gemmCase) (a []float64, lda int, b []float64, ldb int, cm []float64, ldc int) {
	ar, ac, lda := dims(c.tA, c.m, c.k, c.ldExtra)
	br, bc, ldb := dims(c.tB, c.k, c.n, c.ldExtra)
	ldc = max(1, c.n+c.ldExtra)
	a, b, cm = g.f64s(matLen(ar, ac, lda)), g.f64s(matLen(br, bc, ldb)), g.f64s(matLen(c.m, c.n, ldc))
	if c.beta == 0 {
		for i := range cm {
			cm[i] = math.NaN()
		}
	}
	return a, lda, b, ldb, cm, ldc
}

func TestStrictGemmIsTheNaiveLoop(t *testing.T) {
	for _, back := range []Backend{Strict(), strictPortable()} {
		g := lcg(7)
		for _, c := range gemmCases {
			a, lda, b, ldb, cm, ldc := gemmOperands(&g, c)
			want := append([]float64(nil), cm...)
			naiveGemm(c, a, lda, b, ldb, want, ldc)
			back.Dgemm(c.tA, c.tB, c.m, c.n, c.k, c.alpha, a, lda, b, ldb, c.beta, cm, ldc)
			for i := range cm {
				if math.Float64bits(cm[i]) != math.Float64bits(want[i]) && !(math.IsNaN(cm[i]) && math.IsNaN(want[i])) {
					t.Fatalf("%+v (avx2 %v): c[%d] = %v, want %v", c, back.(strict).k64.nr == 8 && hasAVX2, i, cm[i], want[i])
				}
			}
		}
	}
}

func TestStrictSgemmAsmMatchesPortable(t *testing.T) {
	g := lcg(9)
	for _, c := range gemmCases {
		a64, lda, b64, ldb, c64, ldc := gemmOperands(&g, c)
		a, b, c1 := to32(a64), to32(b64), to32(c64)
		c2 := append([]float32(nil), c1...)
		Strict().Sgemm(c.tA, c.tB, c.m, c.n, c.k, float32(c.alpha), a, lda, b, ldb, float32(c.beta), c1, ldc)
		strictPortable().Sgemm(c.tA, c.tB, c.m, c.n, c.k, float32(c.alpha), a, lda, b, ldb, float32(c.beta), c2, ldc)
		for i := range c1 {
			if math.Float32bits(c1[i]) != math.Float32bits(c2[i]) {
				t.Fatalf("%+v: c[%d] = %v (asm) vs %v (Go)", c, i, c1[i], c2[i])
			}
		}
	}
}

func to32(x []float64) []float32 {
	out := make([]float32, len(x))
	for i, v := range x {
		out[i] = float32(v)
	}
	return out
}

func TestStrictGemmSameBitsAtAnyGOMAXPROCS(t *testing.T) {
	c := gemmCase{NoTrans, Trans, 200, 520, 300, 1, 1, 0.5}
	run := func(procs int) []float64 {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		g := lcg(3)
		a, lda, b, ldb, cm, ldc := gemmOperands(&g, c)
		Strict().Dgemm(c.tA, c.tB, c.m, c.n, c.k, c.alpha, a, lda, b, ldb, c.beta, cm, ldc)
		return cm
	}
	one := run(1)
	for _, p := range []int{2, 3, 8} {
		other := run(p)
		for i := range one {
			if math.Float64bits(one[i]) != math.Float64bits(other[i]) {
				t.Fatalf("GOMAXPROCS %d: c[%d] = %v, GOMAXPROCS 1 gave %v", p, i, other[i], one[i])
			}
		}
	}
}
