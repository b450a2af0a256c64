package main

import "math"

// model is the one-hidden-layer perceptron
// P(y = j | x) = softmax(relu(x·W1 + b1)·W2 + b2)_j.
type model struct {
	d, h, k int
	W1      []float64 // d×h, row-major
	b1      []float64 // h
	W2      []float64 // h×k, row-major
	b2      []float64 // k
}

// newModel is a model of zeros.
func newModel(d, h, k int) *model {
	return &model{d: d, h: h, k: k,
		W1: make([]float64, d*h), b1: make([]float64, h),
		W2: make([]float64, h*k), b2: make([]float64, k)}
}

// heInit fills W1 and W2 from g by He's uniform initialisation, biases 0:
// W1[i][j] = g.uniform(√(6/d)) in row-major order, then
// W2[i][j] = g.uniform(√(6/h)) the same way. Each bound has variance 2/fan-in,
// as He et al. (2015) prescribe for ReLU layers; math.Sqrt is correctly
// rounded everywhere, so the weights are the same bits on every host.
func heInit(m *model, g *lcg) {
	a1, a2 := math.Sqrt(6/float64(m.d)), math.Sqrt(6/float64(m.h))
	for i := range m.W1 {
		m.W1[i] = g.uniform(a1)
	}
	for i := range m.W2 {
		m.W2[i] = g.uniform(a2)
	}
	clear(m.b1)
	clear(m.b2)
}

// clone is a deep copy of m.
func (m *model) clone() *model {
	c := *m
	c.W1 = append([]float64(nil), m.W1...)
	c.b1 = append([]float64(nil), m.b1...)
	c.W2 = append([]float64(nil), m.W2...)
	c.b2 = append([]float64(nil), m.b2...)
	return &c
}
