package federated

import (
	"errors"
	"math"
	"testing"
)

func TestEpsilon(t *testing.T) {
	tests := []struct {
		rho, delta, want float64
	}{
		{0, 1e-5, 0},
		{0.5, 1e-5, 0.5 + 2*math.Sqrt(0.5*math.Log(1e5))}, // ≈ 5.2986
		{0.02, 1e-6, 0.02 + 2*math.Sqrt(0.02*math.Log(1e6))},
	}
	for _, tc := range tests {
		got, err := Epsilon(tc.rho, tc.delta)
		if err != nil || math.Abs(got-tc.want) > 1e-12 {
			t.Errorf("Epsilon(%v, %v) = %v, %v, want %v", tc.rho, tc.delta, got, err, tc.want)
		}
	}
	if e, _ := Epsilon(0.5, 1e-5); math.Abs(e-5.2986) > 1e-4 {
		t.Errorf("Epsilon(0.5, 1e-5) = %v, want 5.2986", e)
	}
	for _, bad := range [][2]float64{{1, 0}, {1, 1}, {-1, 1e-5}, {math.NaN(), 1e-5}, {math.Inf(1), 1e-5}} {
		if _, err := Epsilon(bad[0], bad[1]); !errors.Is(err, ErrConfig) {
			t.Errorf("Epsilon(%v, %v): err = %v", bad[0], bad[1], err)
		}
	}
}

func TestRoundRho(t *testing.T) {
	tests := []struct{ sens, std, want float64 }{{2, 1, 2}, {1, 2, 0.125}, {0, 1, 0}, {1, 0, 0}}
	for _, tc := range tests {
		if got := RoundRho(tc.sens, tc.std); got != tc.want {
			t.Errorf("RoundRho(%v, %v) = %v, want %v", tc.sens, tc.std, got, tc.want)
		}
	}
}
