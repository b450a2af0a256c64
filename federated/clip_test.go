package federated

import (
	"math"
	"slices"
	"testing"
)

func TestClipL2(t *testing.T) {
	tests := []struct {
		name   string
		v      []float64
		c      float64
		norm   float64
		scaled bool
		want   []float64
	}{
		{"over", []float64{3, 4}, 1, 5, true, []float64{0.6, 0.8}},
		{"under is untouched", []float64{0.3, -0.4}, 1, 0.5, false, []float64{0.3, -0.4}},
		{"at the bound is untouched", []float64{0, 2}, 2, 2, false, []float64{0, 2}},
		{"zero", []float64{0, 0}, 1, 0, false, []float64{0, 0}},
		{"huge values do not overflow", []float64{3e300, 4e300}, 10, 5e300, true, []float64{6, 8}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := slices.Clone(tc.v)
			norm, scaled := clipL2(v, tc.c)
			if math.Abs(norm-tc.norm) > 1e-12*tc.norm || scaled != tc.scaled {
				t.Errorf("norm %v scaled %v, want %v %v", norm, scaled, tc.norm, tc.scaled)
			}
			for j := range v {
				if math.Abs(v[j]-tc.want[j]) > 1e-12 {
					t.Errorf("v = %v, want %v", v, tc.want)
				}
			}
			if !tc.scaled && !slices.Equal(v, tc.v) {
				t.Errorf("an update within the bound changed: %v", v)
			}
		})
	}
}

// Clipping bounds every update's norm, whatever its size, and keeps its direction.
func TestClipBoundsNorm(t *testing.T) {
	for _, scale := range []float64{1e-3, 0.9, 1.1, 7, 1e6, 1e150} {
		v := []float64{1 * scale, -2 * scale, 3 * scale, 0.5 * scale}
		before := slices.Clone(v)
		clipL2(v, 1.5)
		if n := l2Norm(v); n > 1.5*(1+1e-15) {
			t.Errorf("scale %g: norm after clipping %v > 1.5", scale, n)
		}
		for j := range v {
			if math.Signbit(v[j]) != math.Signbit(before[j]) || math.Abs(v[j]/v[0]-before[j]/before[0]) > 1e-12 {
				t.Errorf("scale %g: direction changed: %v → %v", scale, before, v)
			}
		}
	}
}
