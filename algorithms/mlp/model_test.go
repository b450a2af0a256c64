package main

import (
	"math"
	"testing"
)

func TestHeInit(t *testing.T) {
	tests := []struct{ d, h, k int }{{784, 128, 10}, {2, 3, 2}, {1, 1, 2}}
	for _, tc := range tests {
		g1, g2 := lcg{x: 7}, lcg{x: 7}
		a, b := newModel(tc.d, tc.h, tc.k), newModel(tc.d, tc.h, tc.k)
		heInit(a, &g1)
		heInit(b, &g2)
		for i := range a.W1 {
			if a.W1[i] != b.W1[i] {
				t.Fatalf("%+v: same seed, W1[%d] %v and %v", tc, i, a.W1[i], b.W1[i])
			}
		}
		for _, w := range []struct {
			name  string
			v     []float64
			bound float64
		}{{"W1", a.W1, math.Sqrt(6 / float64(tc.d))}, {"W2", a.W2, math.Sqrt(6 / float64(tc.h))}} {
			for i, v := range w.v {
				if v < -w.bound || v >= w.bound {
					t.Fatalf("%+v: %s[%d] = %v outside ±%v", tc, w.name, i, v, w.bound)
				}
			}
		}
		for _, v := range append(append([]float64(nil), a.b1...), a.b2...) {
			if v != 0 {
				t.Fatalf("%+v: a bias is %v, want 0", tc, v)
			}
		}
	}
	// The empirical variance of W1 on Fashion-MNIST's shape is He's 2/d.
	m := newModel(784, 128, 10)
	g := lcg{x: 1}
	heInit(m, &g)
	ss := 0.0
	for _, v := range m.W1 {
		ss += v * v
	}
	if v, want := ss/float64(len(m.W1)), 2.0/784; math.Abs(v-want) > 0.02*want {
		t.Errorf("variance of W1 %v, want 2/d = %v", v, want)
	}
}
