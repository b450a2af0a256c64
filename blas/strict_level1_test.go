package blas

import (
	"math"
	"testing"
)

// vecCase is a vector layout: length and increment.
type vecCase struct{ n, inc int }

var vecCases = []vecCase{{0, 1}, {1, 1}, {3, 1}, {4, 1}, {7, 1}, {33, 1}, {1000, 1},
	{5, 2}, {17, 3}, {9, -1}, {10, -2}, {13, -3}, {1, -5}}

// extent is the slice length a vector of n elements with increment inc spans.
func extent(n, inc int) int {
	if n == 0 {
		return 0
	}
	if inc < 0 {
		inc = -inc
	}
	return (n-1)*inc + 1
}

// elem is the slice index of element i (the ABI's increment rule, written
// independently of start()).
func elem(i, n, inc int) int {
	if inc > 0 {
		return i * inc
	}
	return (n - 1 - i) * -inc
}

// laneSum is the documented reduction order written plainly: lane i mod 4,
// combined (s0+s1)+(s2+s3).
func laneSum(n int, term func(i int) float64) float64 {
	var s [4]float64
	for i := 0; i < n; i++ {
		s[i%4] += term(i)
	}
	return (s[0] + s[1]) + (s[2] + s[3])
}

func TestStrictLevel1AgainstNaive(t *testing.T) {
	s := Strict()
	g := lcg(1)
	for _, c := range vecCases {
		incY := -(c.inc + sign(c.inc)) // a second layout for y, the other direction
		x, y := g.f64s(extent(c.n, c.inc)), g.f64s(extent(c.n, incY))
		xi := func(i int) float64 { return x[elem(i, c.n, c.inc)] }
		yi := func(i int) float64 { return y[elem(i, c.n, incY)] }

		if got, want := s.Ddot(c.n, x, c.inc, y, incY), laneSum(c.n, func(i int) float64 { return float64(xi(i) * yi(i)) }); got != want {
			t.Errorf("Ddot %v: %v, want %v", c, got, want)
		}
		if got, want := s.Dasum(c.n, x, c.inc), laneSum(c.n, func(i int) float64 { return math.Abs(xi(i)) }); got != want {
			t.Errorf("Dasum %v: %v, want %v", c, got, want)
		}
		ref := 0.0
		for i := 0; i < c.n; i++ {
			ref += float64(xi(i) * xi(i))
		}
		if got := s.Dnrm2(c.n, x, c.inc); math.Abs(got-math.Sqrt(ref)) > 1e-14*math.Sqrt(ref) {
			t.Errorf("Dnrm2 %v: %v, want %v", c, got, math.Sqrt(ref))
		}
		best := -1
		for i := 0; i < c.n; i++ {
			if best < 0 || math.Abs(xi(i)) > math.Abs(xi(best)) {
				best = i
			}
		}
		if got := s.Idamax(c.n, x, c.inc); got != best {
			t.Errorf("Idamax %v: %d, want %d", c, got, best)
		}

		y2 := append([]float64(nil), y...)
		s.Daxpy(c.n, 0.75, x, c.inc, y2, incY)
		for i := 0; i < c.n; i++ {
			if got, want := y2[elem(i, c.n, incY)], yi(i)+float64(0.75*xi(i)); got != want {
				t.Fatalf("Daxpy %v elem %d: %v, want %v", c, i, got, want)
			}
		}
		y3 := append([]float64(nil), y...)
		s.Dcopy(c.n, x, c.inc, y3, incY)
		x2 := append([]float64(nil), x...)
		s.Dscal(c.n, -3, x2, c.inc)
		for i := 0; i < c.n; i++ {
			if y3[elem(i, c.n, incY)] != xi(i) {
				t.Fatalf("Dcopy %v elem %d", c, i)
			}
			if x2[elem(i, c.n, c.inc)] != -3*xi(i) {
				t.Fatalf("Dscal %v elem %d", c, i)
			}
		}
	}
}

func sign(v int) int {
	if v < 0 {
		return -1
	}
	return 1
}

func TestNrm2Extremes(t *testing.T) {
	s := Strict()
	huge, tiny := math.MaxFloat64/2, 4.9e-324
	cases := []struct {
		name string
		x    []float64
		want float64
	}{
		{"3-4-5", []float64{3, -4}, 5},
		{"no overflow", []float64{huge, huge}, huge * math.Sqrt2},
		{"no underflow", []float64{tiny * 3, tiny * 4}, tiny * 5},
		{"zeros", []float64{0, 0, 0}, 0},
		{"inf", []float64{1, math.Inf(-1)}, math.Inf(1)},
		{"nan wins", []float64{math.Inf(1), math.NaN()}, math.NaN()},
	}
	for _, c := range cases {
		got := s.Dnrm2(len(c.x), c.x, 1)
		if !(got == c.want || math.IsNaN(got) && math.IsNaN(c.want) || math.Abs(got-c.want) <= 1e-15*c.want) {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
	if got := s.Snrm2(2, []float32{1.5e38, 2e38}, 1); math.Abs(float64(got)-2.5e38) > 1e32 {
		t.Errorf("Snrm2 overflow: %v", got)
	}
}

func TestIamaxConventions(t *testing.T) {
	s := Strict()
	nan := math.NaN()
	cases := []struct {
		x    []float64
		inc  int
		want int
	}{
		{nil, 1, -1},
		{[]float64{1, -3, 3}, 1, 1},   // first of the ties
		{[]float64{1, -3, 3}, -1, 0},  // element 0 is x[2]
		{[]float64{nan, 5, 1}, 1, 0},  // a leading NaN is never beaten
		{[]float64{1, nan, 5}, 1, 2},  // other NaNs are skipped
		{[]float64{2, 9, 7, 9}, 2, 1}, // elements x[0], x[2]
	}
	for _, c := range cases {
		n := 0
		if len(c.x) > 0 {
			n = (len(c.x)-1)/(c.inc*sign(c.inc)) + 1
		}
		if got := s.Idamax(n, c.x, c.inc); got != c.want {
			t.Errorf("Idamax(%v, inc %d) = %d, want %d", c.x, c.inc, got, c.want)
		}
		if got := Fast().Idamax(n, c.x, c.inc); got != c.want && !math.IsNaN(c.x[0]) {
			t.Errorf("fast Idamax(%v, inc %d) = %d, want %d", c.x, c.inc, got, c.want)
		}
	}
}
