package dml

import (
	"math"
	"testing"
)

var nan = math.NaN()

// lcg fills a slice with deterministic values in [−1, 1).
func lcg(n int, seed uint64) []float64 {
	s := make([]float64, n)
	for i := range s {
		seed = seed*6364136223846793005 + 1442695040888963407
		s[i] = float64(seed>>11)/(1<<53)*2 - 1
	}
	return s
}

// at is element (i, j) of op(m).
func at(m General, t Transpose, i, j int) float64 {
	if t == Trans {
		i, j = j, i
	}
	return m.Data[i*m.Stride+j]
}

func TestDgemmAgainstDefinition(t *testing.T) {
	const m, n, k = 5, 4, 7
	for _, tA := range []Transpose{NoTrans, Trans} {
		for _, tB := range []Transpose{NoTrans, Trans} {
			t.Run(name(tA)+name(tB), func(t *testing.T) {
				// Strides wider than the columns, to catch a mixed-up stride.
				a := General{Rows: m, Cols: k, Stride: k + 2}
				if tA == Trans {
					a = General{Rows: k, Cols: m, Stride: m + 1}
				}
				b := General{Rows: k, Cols: n, Stride: n + 3}
				if tB == Trans {
					b = General{Rows: n, Cols: k, Stride: k + 1}
				}
				a.Data = lcg(a.Rows*a.Stride, 1)
				b.Data = lcg(b.Rows*b.Stride, 2)
				c := General{Rows: m, Cols: n, Stride: n + 1, Data: lcg(m*(n+1), 3)}
				c0 := append([]float64(nil), c.Data...)
				const alpha, beta = 0.75, -0.5
				Dgemm(tA, tB, alpha, a, b, beta, c)
				for i := range m {
					for j := range n {
						s := 0.0
						for l := range k {
							s += at(a, tA, i, l) * at(b, tB, l, j)
						}
						want := alpha*s + beta*c0[i*c.Stride+j]
						if got := c.Data[i*c.Stride+j]; math.Abs(got-want) > 1e-14 {
							t.Fatalf("C[%d][%d] = %v, want %v", i, j, got, want)
						}
					}
					if c.Data[i*c.Stride+n] != c0[i*c.Stride+n] {
						t.Fatalf("row %d: the padding after column %d was written", i, n)
					}
				}
			})
		}
	}
}

func name(t Transpose) string {
	if t == Trans {
		return "T"
	}
	return "N"
}

func TestDgemmEdges(t *testing.T) {
	tests := []struct {
		name string
		k    int
		beta float64
		c    []float64
		want []float64
	}{
		{"k 0 scales C", 0, 2, []float64{1, 2}, []float64{2, 4}},
		{"k 0 beta 0 clears NaN", 0, 0, []float64{nan, 1}, []float64{0, 0}},
		{"beta 0 ignores NaN", 1, 0, []float64{nan, nan}, []float64{3, 4}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := General{Rows: 1, Cols: tc.k, Stride: 1, Data: []float64{1}[:tc.k]}
			b := General{Rows: tc.k, Cols: 2, Stride: 2, Data: []float64{3, 4}[:2*tc.k]}
			Dgemm(NoTrans, NoTrans, 1, a, b, tc.beta, General{Rows: 1, Cols: 2, Stride: 2, Data: tc.c})
			for i := range tc.want {
				if tc.c[i] != tc.want[i] {
					t.Fatalf("C = %v, want %v", tc.c, tc.want)
				}
			}
		})
	}
	// An empty C: nothing is touched, nil slices are fine.
	Dgemm(Trans, NoTrans, 1, General{Rows: 3, Cols: 0, Stride: 1}, General{Rows: 3, Cols: 2, Stride: 2, Data: make([]float64, 6)}, 0, General{Rows: 0, Cols: 2, Stride: 2})
}

func TestSgemm(t *testing.T) {
	a := General32{Rows: 2, Cols: 2, Stride: 2, Data: []float32{1, 2, 3, 4}}
	c := NewGeneral32(2, 2)
	Sgemm(NoTrans, Trans, 1, a, a, 0, c) // A·Aᵀ
	want := []float32{5, 11, 11, 25}
	for i := range want {
		if c.Data[i] != want[i] {
			t.Fatalf("A·Aᵀ = %v, want %v", c.Data, want)
		}
	}
}
