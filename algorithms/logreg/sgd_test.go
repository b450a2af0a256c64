package main

import (
	"math"
	"testing"
)

// blobs is a separable problem: k clusters of per points in d = 2 around
// the corners of a square, with offsets in ±0.3 (from a fixed LCG).
func blobs(k, per int) ([]float64, []int) {
	centers := [][2]float64{{1, 1}, {-1, 1}, {-1, -1}, {1, -1}}
	g := lcg{x: 42}
	u := func() float64 { return float64(g.next())/(1<<32)*0.6 - 0.3 }
	var x []float64
	var y []int
	for c := range k {
		for range per {
			x = append(x, centers[c][0]+u(), centers[c][1]+u())
			y = append(y, c)
		}
	}
	return x, y
}

func TestFitSeparable(t *testing.T) {
	tests := []struct {
		name string
		k    int
		p    params
	}{
		{"2 classes, batch 1", 2, params{Epochs: 20, LR: 0.5, Batch: 1, Seed: 1}},
		{"4 classes, batch 7", 4, params{Epochs: 50, LR: 0.5, Batch: 7, Seed: 2}},
		{"4 classes, full batch, l2", 4, params{Epochs: 200, LR: 1, Batch: 1000, L2: 1e-3}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x, y := blobs(tc.k, 25)
			m := &model{d: 2, k: tc.k, W: make([]float64, 2*tc.k), b: make([]float64, tc.k)}
			before := evaluate(sdkBLAS, m, x, y, tc.p.L2)
			if want := math.Log(float64(tc.k)); math.Abs(before.Loss-want) > 1e-12 {
				t.Fatalf("zero model: loss %v, want log(k) = %v", before.Loss, want)
			}
			fit(sdkBLAS, m, x, y, tc.p)
			after := evaluate(sdkBLAS, m, x, y, tc.p.L2)
			if after.Accuracy != 1 {
				t.Errorf("training accuracy %v on separable blobs, want 1", after.Accuracy)
			}
			if after.Loss > 0.3*before.Loss {
				t.Errorf("loss went from %v to %v, want a drop of at least 70%%", before.Loss, after.Loss)
			}
		})
	}
}

// The gradient rows of softmaxGrad sum to zero, and equal a finite
// difference of the cross-entropy.
func TestSoftmaxGrad(t *testing.T) {
	z := []float64{0.5, -1, 2, 1000} // a huge logit must not overflow
	b := []float64{0.1, 0.2, -0.3, -999}
	const label = 2
	ce := func(z []float64) float64 {
		mx := math.Inf(-1)
		for j := range z {
			mx = max(mx, z[j]+b[j])
		}
		s := 0.0
		for j := range z {
			s += math.Exp(z[j] + b[j] - mx)
		}
		return math.Log(s) - (z[label] + b[label] - mx)
	}
	g := append([]float64(nil), z...)
	softmaxGrad(g, b, label, 2)
	sum := 0.0
	for j := range g {
		sum += g[j]
		const h = 1e-6
		zp := append([]float64(nil), z...)
		zp[j] += h
		zm := append([]float64(nil), z...)
		zm[j] -= h
		fd := (ce(zp) - ce(zm)) / (2 * h) / 2
		if math.IsNaN(g[j]) || math.Abs(g[j]-fd) > 1e-6 {
			t.Errorf("grad[%d] = %v, finite difference %v", j, g[j], fd)
		}
	}
	if math.Abs(sum) > 1e-15 {
		t.Errorf("gradient sums to %v, want 0", sum)
	}
}

func TestFitZeroEpochsKeepsModel(t *testing.T) {
	x, y := blobs(2, 3)
	m := &model{d: 2, k: 2, W: []float64{1, 2, 3, 4}, b: []float64{5, 6}}
	fit(sdkBLAS, m, x, y, params{Epochs: 0, LR: 1, Batch: 2})
	if m.W[0] != 1 || m.W[3] != 4 || m.b[1] != 6 {
		t.Errorf("epochs 0 changed the model: %+v", m)
	}
}
