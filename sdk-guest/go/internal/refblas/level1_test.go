package refblas

import (
	"math"
	"testing"
)

func TestNrm2(t *testing.T) {
	tests := []struct {
		name string
		x    []float64
		want float64
	}{
		{"empty", nil, 0},
		{"zeros", []float64{0, 0}, 0},
		{"3 4", []float64{3, -4}, 5},
		{"huge", []float64{3e307, 4e307}, 5e307},
		{"tiny", []float64{3e-310, 4e-310}, 5e-310},
		{"NaN", []float64{1, math.NaN(), 2}, math.NaN()},
		{"Inf", []float64{1, math.Inf(-1)}, math.Inf(1)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Nrm2(len(tc.x), tc.x, 1)
			if math.IsNaN(tc.want) != math.IsNaN(got) || !math.IsNaN(got) && math.Abs(got-tc.want) > 1e-15*tc.want {
				t.Errorf("Nrm2(%v) = %v, want %v", tc.x, got, tc.want)
			}
		})
	}
}

// Sums run in index order with each product rounded: the same bits as a
// plain loop (checked on values where order matters).
func TestDotOrder(t *testing.T) {
	x := []float64{1e16, 1, -1e16, 1}
	y := []float64{1, 1, 1, 1}
	if got := Dot(4, x, 1, y, 1); got != 1 {
		t.Errorf("Dot = %v, want 1 (((1e16+1)−1e16)+1: 1e16+1 rounds to 1e16)", got)
	}
	if got := Dot(4, x, -1, y, 1); got != 0 {
		t.Errorf("Dot reversed = %v, want 0 (((1−1e16)+1)+1e16 rounds 1e16−1 to 1e16 twice)", got)
	}
}
