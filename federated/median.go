package federated

import (
	"fmt"
	"slices"
)

// Median is the coordinate-wise median of the updates (Yin et al. 2018),
// unweighted. With F < n/2 Byzantine devices, each coordinate of the result
// lies between the smallest and largest honest value of that coordinate, so
// no device can pull it outside the honest range. Check refuses n ≤ 2F.
type Median struct {
	// F is the number of Byzantine devices to tolerate.
	F int
}

// Name is "median(f=F)".
func (m Median) Name() string { return fmt.Sprintf("median(f=%d)", m.F) }

// Check refuses F < 0 and n ≤ 2F.
func (m Median) Check(n int) error {
	if m.F < 0 {
		return fmt.Errorf("%w: median f=%d must be ≥ 0", ErrConfig, m.F)
	}
	if n < 1 || n <= 2*m.F {
		return fmt.Errorf("%w: median tolerates f < n/2 Byzantine devices; f=%d needs at least %d updates, have %d", ErrConfig, m.F, 2*m.F+1, n)
	}
	return nil
}

// Aggregate takes each coordinate's middle value, or the mean of the two
// middle values when n is even.
func (m Median) Aggregate(cs []Contribution) (Aggregation, error) {
	cs, err := sorted(m.Name(), cs)
	if err != nil {
		return Aggregation{}, err
	}
	if err := m.Check(len(cs)); err != nil {
		return Aggregation{}, err
	}
	n := len(cs)
	out := make([]float64, len(cs[0].Vector))
	col := make([]float64, n)
	for j := range out {
		for i := range cs {
			col[i] = cs[i].Vector[j]
		}
		slices.Sort(col)
		if n%2 == 1 {
			out[j] = col[n/2]
		} else {
			out[j] = float64(0.5*col[n/2-1]) + float64(0.5*col[n/2])
		}
	}
	return Aggregation{Vector: out, Used: devices(cs)}, nil
}

// Sensitivity is 0: the coordinate-wise median has no useful L2 bound.
func (Median) Sensitivity(float64, []Contribution) float64 { return 0 }
