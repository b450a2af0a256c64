package main

import (
	"math"
	"testing"
)

// xorBlobs is a problem no linear model separates: four clusters of per
// points around the corners of a square, labelled by quadrant parity
// (classes 0 and 1), or by quadrant when k = 4, offsets in ±0.3 from a fixed LCG.
func xorBlobs(k, per int) ([]float64, []int) {
	centers := [][2]float64{{1, 1}, {-1, 1}, {-1, -1}, {1, -1}}
	g := lcg{x: 42}
	u := func() float64 { return g.uniform(0.3) }
	var x []float64
	var y []int
	for c := range 4 {
		for range per {
			x = append(x, centers[c][0]+u(), centers[c][1]+u())
			y = append(y, c%k)
		}
	}
	return x, y
}

func TestFitLearnsNonlinear(t *testing.T) {
	tests := []struct {
		name string
		k    int
		p    params
	}{
		{"xor, batch 1", 2, params{Epochs: 40, LR: 0.1, Batch: 1, Hidden: 8, Seed: 1}},
		{"xor, batch 7", 2, params{Epochs: 200, LR: 0.3, Batch: 7, Hidden: 16, Seed: 2}},
		{"4 classes, full batch, l2", 4, params{Epochs: 500, LR: 0.5, Batch: 1000, Hidden: 16, L2: 1e-4, Seed: 3}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x, y := xorBlobs(tc.k, 25)
			g := lcg{x: tc.p.Seed}
			m := newModel(2, tc.p.Hidden, tc.k)
			heInit(m, &g)
			before := evaluate(sdkBLAS, m, x, y, tc.p.L2)
			fit(sdkBLAS, m, x, y, &g, tc.p)
			after := evaluate(sdkBLAS, m, x, y, tc.p.L2)
			if after.Accuracy != 1 {
				t.Errorf("training accuracy %v (from %v), want 1", after.Accuracy, before.Accuracy)
			}
			if after.Loss > 0.2*before.Loss {
				t.Errorf("loss went from %v to %v, want a drop of at least 80%%", before.Loss, after.Loss)
			}
		})
	}
}

// One full-batch step moves every weight by −lr times the gradient of the
// loss evaluate reports: compare with central finite differences.
func TestStepFollowsGradient(t *testing.T) {
	for _, l2 := range []float64{0, 0.1} {
		x, y := xorBlobs(4, 3) // n = 12, d = 2
		g := lcg{x: 5}
		m := newModel(2, 5, 4)
		heInit(m, &g)
		for i := range m.b1 {
			m.b1[i] = g.uniform(0.5)
		}
		for i := range m.b2 {
			m.b2[i] = g.uniform(0.5)
		}
		n := len(y)
		const lr = 0.5
		after := m.clone()
		ws := newWorkspace(after, n)
		copy(ws.xb, x)
		step(sdkBLAS, after, ws, n, y, lr, 1-lr*l2)

		loss := func(mm *model) float64 { return evaluate(sdkBLAS, mm, x, y, l2).Loss }
		params := []struct {
			name        string
			get         func(*model) []float64
			at, applied []float64
		}{
			{"W1", func(m *model) []float64 { return m.W1 }, m.W1, after.W1},
			{"b1", func(m *model) []float64 { return m.b1 }, m.b1, after.b1},
			{"W2", func(m *model) []float64 { return m.W2 }, m.W2, after.W2},
			{"b2", func(m *model) []float64 { return m.b2 }, m.b2, after.b2},
		}
		for _, p := range params {
			for i := range p.at {
				grad := (p.at[i] - p.applied[i]) / lr
				const h = 1e-6
				mp, mm := m.clone(), m.clone()
				p.get(mp)[i] += h
				p.get(mm)[i] -= h
				fd := (loss(mp) - loss(mm)) / (2 * h)
				if math.Abs(grad-fd) > 1e-6*max(1, math.Abs(fd)) {
					t.Errorf("l2 %v: d loss / d %s[%d]: step %v, finite difference %v", l2, p.name, i, grad, fd)
				}
			}
		}
	}
}

// The gradient rows of softmaxGrad sum to zero, and a huge logit does not overflow.
func TestSoftmaxGrad(t *testing.T) {
	tests := []struct {
		name  string
		z, b  []float64
		label int
	}{
		{"plain", []float64{0.5, -1, 2}, []float64{0.1, 0.2, -0.3}, 2},
		{"huge logit", []float64{0.5, -1, 2, 1000}, []float64{0.1, 0.2, -0.3, -999}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := append([]float64(nil), tc.z...)
			softmaxGrad(g, tc.b, tc.label, 2)
			sum := 0.0
			for j, v := range g {
				if math.IsNaN(v) || (j == tc.label) != (v < 0) {
					t.Errorf("grad[%d] = %v: want negative exactly at the label", j, v)
				}
				sum += v
			}
			if math.Abs(sum) > 1e-15 {
				t.Errorf("gradient sums to %v, want 0", sum)
			}
		})
	}
}

func TestFitZeroEpochsKeepsModel(t *testing.T) {
	x, y := xorBlobs(2, 3)
	g := lcg{x: 1}
	m := newModel(2, 3, 2)
	heInit(m, &g)
	want := m.clone()
	fit(sdkBLAS, m, x, y, &g, params{Epochs: 0, LR: 1, Batch: 2, Hidden: 3})
	for i := range m.W1 {
		if m.W1[i] != want.W1[i] {
			t.Fatalf("epochs 0 changed W1: %v, want %v", m.W1, want.W1)
		}
	}
}

// evaluate's blocks of evalRows rows give the loss of one pass over all rows.
func TestEvaluateBlocks(t *testing.T) {
	const n = evalRows + 7
	g := lcg{x: 9}
	x := make([]float64, n*3)
	y := make([]int, n)
	for i := range x {
		x[i] = g.uniform(1)
	}
	for i := range y {
		y[i] = int(g.next() % 3)
	}
	m := newModel(3, 4, 3)
	heInit(m, &g)
	got := evaluate(sdkBLAS, m, x, y, 0)
	ce, correct := 0.0, 0
	for i := range n {
		hid := make([]float64, 4)
		for j := range hid {
			v := m.b1[j]
			for p := range 3 {
				v += x[i*3+p] * m.W1[p*4+j]
			}
			hid[j] = max(v, 0)
		}
		z := make([]float64, 3)
		mx, arg := math.Inf(-1), 0
		for j := range z {
			z[j] = m.b2[j]
			for p := range hid {
				z[j] += hid[p] * m.W2[p*3+j]
			}
			if z[j] > mx {
				mx, arg = z[j], j
			}
		}
		s := 0.0
		for _, v := range z {
			s += math.Exp(v - mx)
		}
		ce += math.Log(s) - (z[y[i]] - mx)
		if arg == y[i] {
			correct++
		}
	}
	if math.Abs(got.Loss-ce/n) > 1e-12 || got.Accuracy != float64(correct)/n {
		t.Errorf("evaluate: loss %v accuracy %v; direct: %v %v", got.Loss, got.Accuracy, ce/n, float64(correct)/n)
	}
}
