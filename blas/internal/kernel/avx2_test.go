package kernel

import "testing"

// TestAVX2Tile checks one tile against the definition: acc[r][c] +=
// round(a[p][r]·b[p][c]) in increasing p (the portable kernel and the gemm
// tests in package blas compare whole products bit for bit).
func TestAVX2Tile(t *testing.T) {
	if !HasAVX2 {
		t.Skip("no AVX2 kernels in this build or CPU")
	}
	const kc = 5
	a, b := make([]float64, kc*4), make([]float64, kc*8)
	for i := range a {
		a[i] = float64(i%7) - 2.5
	}
	for i := range b {
		b[i] = 1 / float64(i+3)
	}
	for _, load := range []bool{false, true} {
		acc := make([]float64, 32)
		want := make([]float64, 32)
		for i := range acc {
			acc[i] = float64(i) / 10
			if load {
				want[i] = acc[i]
			}
		}
		for p := 0; p < kc; p++ {
			for r := 0; r < 4; r++ {
				for c := 0; c < 8; c++ {
					want[r*8+c] += float64(a[p*4+r] * b[p*8+c])
				}
			}
		}
		AVX2x64(kc, a, b, acc, load)
		for i := range acc {
			if acc[i] != want[i] {
				t.Fatalf("load %v: acc[%d] = %v, want %v", load, i, acc[i], want[i])
			}
		}
	}
}
