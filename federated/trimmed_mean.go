package federated

import (
	"fmt"
	"math"
	"slices"
)

// TrimmedMean is the coordinate-wise β-trimmed mean (Yin et al. 2018),
// unweighted: for each coordinate, drop the k = ⌊βn⌋ smallest and k largest
// values and average the rest. With F ≤ k Byzantine devices, each coordinate
// of the result lies within the honest values' range. Check refuses β
// outside [0, 0.5), k < F, and n − 2k < 1.
type TrimmedMean struct {
	// Beta is the fraction trimmed at each end.
	Beta float64
	// F is the number of Byzantine devices to tolerate (needs ⌊βn⌋ ≥ F).
	F int
}

// Name is "trimmed_mean(beta=β,f=F)".
func (t TrimmedMean) Name() string { return fmt.Sprintf("trimmed_mean(beta=%g,f=%d)", t.Beta, t.F) }

// trim is ⌊βn⌋; the 1e-9 keeps products such as 0.29·100 = 28.999… at 29.
func (t TrimmedMean) trim(n int) int { return int(math.Floor(t.Beta*float64(n) + 1e-9)) }

// Check refuses a β or F that cannot be kept with n updates.
func (t TrimmedMean) Check(n int) error {
	if !(t.Beta >= 0 && t.Beta < 0.5) {
		return fmt.Errorf("%w: trimmed mean β=%g must be in [0, 0.5)", ErrConfig, t.Beta)
	}
	if t.F < 0 {
		return fmt.Errorf("%w: trimmed mean f=%d must be ≥ 0", ErrConfig, t.F)
	}
	k := t.trim(n)
	if n < 1 || n-2*k < 1 {
		return fmt.Errorf("%w: trimmed mean β=%g trims %d of %d updates at each end: nothing left", ErrConfig, t.Beta, k, n)
	}
	if k < t.F {
		return fmt.Errorf("%w: trimmed mean β=%g trims %d of %d updates at each end, fewer than f=%d: raise β to at least %g or add devices",
			ErrConfig, t.Beta, k, n, t.F, float64(t.F)/float64(n))
	}
	return nil
}

// Aggregate averages each coordinate's middle n − 2k values, in sorted order.
func (t TrimmedMean) Aggregate(cs []Contribution) (Aggregation, error) {
	cs, err := sorted(t.Name(), cs)
	if err != nil {
		return Aggregation{}, err
	}
	if err := t.Check(len(cs)); err != nil {
		return Aggregation{}, err
	}
	n := len(cs)
	k := t.trim(n)
	keep := float64(n - 2*k)
	out := make([]float64, len(cs[0].Vector))
	col := make([]float64, n)
	for j := range out {
		for i := range cs {
			col[i] = cs[i].Vector[j]
		}
		slices.Sort(col)
		var s float64
		for _, x := range col[k : n-k] {
			s += x
		}
		out[j] = s / keep
	}
	return Aggregation{Vector: out, Used: devices(cs)}, nil
}

// Sensitivity is 0: no useful L2 bound is claimed for the trimmed mean.
func (TrimmedMean) Sensitivity(float64, []Contribution) float64 { return 0 }
