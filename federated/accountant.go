package federated

import (
	"fmt"
	"math"
)

// RoundRho is the zero-concentrated DP cost (Bun & Steinke 2016) of one
// round that adds N(0, std²) noise to an aggregate of L2 sensitivity Δ:
// ρ = Δ² / (2·std²). It is 0 when there is no noise or no bound.
func RoundRho(sensitivity, std float64) float64 {
	if sensitivity <= 0 || std <= 0 {
		return 0
	}
	return sensitivity * sensitivity / (2 * std * std)
}

// Epsilon converts a total zCDP cost ρ (the sum of RoundRho over rounds:
// zCDP composes by addition) to (ε, δ)-DP: ε = ρ + 2·√(ρ·ln(1/δ)).
// Sampling amplification is not applied: the bound holds whatever fraction
// of devices takes part in a round, and is conservative when it is small.
func Epsilon(rho, delta float64) (float64, error) {
	if !(delta > 0 && delta < 1) {
		return 0, fmt.Errorf("%w: δ=%g must be in (0, 1)", ErrConfig, delta)
	}
	if !(rho >= 0) || math.IsInf(rho, 0) {
		return 0, fmt.Errorf("%w: ρ=%g must be finite and ≥ 0", ErrConfig, rho)
	}
	return rho + 2*math.Sqrt(rho*math.Log(1/delta)), nil
}
