package federated

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Krum selects the update closest to its neighbours (Blanchard et al. 2017):
// each update's score is the sum of squared L2 distances to its n − F − 2
// nearest other updates, and the lowest score wins. Multi-Krum (M > 1)
// averages the M lowest-scored updates, unweighted. With n > 2F + 2 and F
// Byzantine devices, the selected update is one whose score is no worse than
// an honest one's, which bounds its distance to the honest updates. Check
// refuses n ≤ 2F + 2 and M outside [1, n − F]. Ties go to the smaller device id.
type Krum struct {
	// F is the number of Byzantine devices to tolerate.
	F int
	// M is how many updates multi-Krum averages; 0 means 1 (plain Krum).
	M int
}

func (k Krum) m() int { return max(k.M, 1) }

// Name is "krum(f=F,m=M)".
func (k Krum) Name() string { return fmt.Sprintf("krum(f=%d,m=%d)", k.F, k.m()) }

// Check refuses a configuration that cannot keep Krum's guarantee.
func (k Krum) Check(n int) error {
	if k.F < 0 || k.M < 0 {
		return fmt.Errorf("%w: krum f=%d and m=%d must be ≥ 0", ErrConfig, k.F, k.M)
	}
	if n <= 2*k.F+2 {
		return fmt.Errorf("%w: krum needs n > 2f+2: f=%d needs at least %d updates, have %d: lower f or add devices", ErrConfig, k.F, 2*k.F+3, n)
	}
	if k.m() > n-k.F {
		return fmt.Errorf("%w: multi-krum m=%d exceeds n−f=%d", ErrConfig, k.m(), n-k.F)
	}
	return nil
}

// Aggregate scores every update and averages the M best.
func (k Krum) Aggregate(cs []Contribution) (Aggregation, error) {
	cs, err := sorted(k.Name(), cs)
	if err != nil {
		return Aggregation{}, err
	}
	n := len(cs)
	if err := k.Check(n); err != nil {
		return Aggregation{}, err
	}
	dist := make([][]float64, n)
	for i := range dist {
		dist[i] = make([]float64, n)
	}
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			d := squaredDistance(cs[i].Vector, cs[j].Vector)
			dist[i][j], dist[j][i] = d, d
		}
	}
	near := n - k.F - 2
	scores := make(map[string]float64, n)
	order := make([]int, n)
	others := make([]float64, 0, n-1)
	for i := range cs {
		others = others[:0]
		for j := range cs {
			if j != i {
				others = append(others, dist[i][j])
			}
		}
		slices.Sort(others)
		var s float64
		for _, d := range others[:near] {
			s += d
		}
		scores[cs[i].Device] = s
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		if c := cmp.Compare(scores[cs[a].Device], scores[cs[b].Device]); c != 0 {
			return c
		}
		return strings.Compare(cs[a].Device, cs[b].Device)
	})
	chosen := order[:k.m()]
	slices.Sort(chosen) // sum in device order
	out := make([]float64, len(cs[0].Vector))
	used := make([]string, 0, len(chosen))
	for _, i := range chosen {
		for j, x := range cs[i].Vector {
			out[j] += x
		}
		used = append(used, cs[i].Device)
	}
	m := float64(len(chosen))
	for j := range out {
		out[j] /= m
	}
	return Aggregation{Vector: out, Used: used, Scores: scores}, nil
}

// Sensitivity is 2·clip: the result is a mean of updates of norm ≤ clip.
func (Krum) Sensitivity(clip float64, _ []Contribution) float64 { return 2 * clip }

func squaredDistance(a, b []float64) float64 {
	var s float64
	for j := range a {
		d := a[j] - b[j]
		s += float64(d * d)
	}
	return s
}
