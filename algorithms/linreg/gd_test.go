package main

import (
	"math"
	"testing"
)

// solveNormal solves (XᵀX) w = Xᵀy by Gaussian elimination with partial
// pivoting: the closed-form least-squares weights.
func solveNormal(x, y []float64, d int) []float64 {
	a := make([][]float64, d)
	for r := range a {
		a[r] = make([]float64, d+1)
		for c := range d {
			for i := range y {
				a[r][c] += x[i*d+r] * x[i*d+c]
			}
		}
		for i := range y {
			a[r][d] += x[i*d+r] * y[i]
		}
	}
	for k := range d {
		p := k
		for r := k + 1; r < d; r++ {
			if math.Abs(a[r][k]) > math.Abs(a[p][k]) {
				p = r
			}
		}
		a[k], a[p] = a[p], a[k]
		for r := k + 1; r < d; r++ {
			f := a[r][k] / a[k][k]
			for c := k; c <= d; c++ {
				a[r][c] -= f * a[k][c]
			}
		}
	}
	w := make([]float64, d)
	for k := d - 1; k >= 0; k-- {
		s := a[k][d]
		for c := k + 1; c < d; c++ {
			s -= a[k][c] * w[c]
		}
		w[k] = s / a[k][k]
	}
	return w
}

func TestFitMatchesClosedForm(t *testing.T) {
	// A well-conditioned 8×3 problem whose y is not exactly X·w.
	x := []float64{
		1, 0.2, -0.5,
		0.3, 1, 0.1,
		-0.4, 0.1, 1,
		0.9, -0.7, 0.2,
		-1, 0.5, 0.3,
		0.2, -0.3, -0.8,
		0.6, 0.8, -0.1,
		-0.2, -0.9, 0.7,
	}
	y := []float64{1.1, -2.3, 0.4, 3.0, -1.5, 0.9, -0.6, 2.2}
	tests := []struct {
		name string
		w0   []float64
	}{
		{"from zeros", []float64{0, 0, 0}},
		{"from a model", []float64{5, -5, 2}},
	}
	want := solveNormal(x, y, 3)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w, loss := fit(x, y, tc.w0, 5000, 0.2)
			for j := range want {
				if math.Abs(w[j]-want[j]) > 1e-9 {
					t.Errorf("w[%d] = %.12f, closed form %.12f", j, w[j], want[j])
				}
			}
			if wantLoss := meanSquared(x, y, want); math.Abs(loss-wantLoss) > 1e-12 {
				t.Errorf("loss %.15f, closed form %.15f", loss, wantLoss)
			}
			if tc.w0[0] == 0 && tc.w0[1] == 0 && tc.w0[2] == 0 {
				return
			}
			if w[0] == tc.w0[0] {
				t.Error("fit wrote into w0 or did not move")
			}
		})
	}
}

func TestFitByHand(t *testing.T) {
	// X = [[1 2] [3 4]], y = [1 2], w0 = 0, lr 0.1, s = 2/2 = 1.
	// Epoch 1: r = [-1 -2], g = Xᵀr = [-7 -10], w = [0.7 1.0].
	// Loss: r = [0.7+2-1, 2.1+4-2] = [1.7 4.1], mean(r²) = (2.89+16.81)/2 = 9.85.
	x, y := []float64{1, 2, 3, 4}, []float64{1, 2}
	tests := []struct {
		epochs int
		w      []float64
		loss   float64
	}{
		{0, []float64{0, 0}, 2.5},
		{1, []float64{0.7, 1.0}, 9.85},
	}
	for _, tc := range tests {
		w, loss := fit(x, y, []float64{0, 0}, tc.epochs, 0.1)
		for j := range w {
			if math.Abs(w[j]-tc.w[j]) > 1e-15 {
				t.Errorf("epochs %d: w = %v, want %v", tc.epochs, w, tc.w)
			}
		}
		if math.Abs(loss-tc.loss) > 1e-13 {
			t.Errorf("epochs %d: loss = %v, want %v", tc.epochs, loss, tc.loss)
		}
	}
}

// The values of linreg on testdata with the default params, natively (the
// SDK's pure-Go BLAS). The module's bits (strict host BLAS) are pinned by
// TestModuleResultHash; both follow gd.go, in orders that may differ in the
// last bits, so this test allows a few ulps.
func TestFitSampleValues(t *testing.T) {
	x, n, d := readCSV(t, "testdata/X.csv")
	y, _, _ := readCSV(t, "testdata/y.csv")
	if n != 200 || d != 3 || len(y) != n {
		t.Fatalf("testdata is %d×%d with %d targets, want 200×3 and 200", n, d, len(y))
	}
	w, loss := fit(x, y, make([]float64, d), defaultParams.Epochs, defaultParams.LR)
	got := append(w, loss)
	for i, want := range sampleValues {
		if math.Abs(got[i]-want) > 1e-13*math.Abs(want) {
			t.Errorf("value %d = %.17g, want %.17g within 1e-13 relative", i, got[i], want)
		}
	}
}

// meanSquared is mean((X·w − y)²) by plain loops, for reference.
func meanSquared(x, y, w []float64) float64 {
	d, acc := len(w), 0.0
	for i := range y {
		p := 0.0
		for j := range w {
			p += x[i*d+j] * w[j]
		}
		acc += (p - y[i]) * (p - y[i])
	}
	return acc / float64(len(y))
}

func BenchmarkFit(b *testing.B) {
	x, _, d := readCSV(b, "testdata/X.csv")
	y, _, _ := readCSV(b, "testdata/y.csv")
	w0 := make([]float64, d)
	for b.Loop() {
		fit(x, y, w0, 100, 0.01)
	}
}

// sampleValues are w[0], w[1], w[2] and the loss of fit on testdata (200×3)
// from zeros with the default params (100 epochs, lr 0.01).
var sampleValues = []float64{1.059822384444738, -1.4895340837017117, 0.2876758016512497, 1.1314859298591171}
