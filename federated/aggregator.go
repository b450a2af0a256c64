package federated

import (
	"fmt"
	"slices"
	"strings"
)

// Contribution is one device's update, flattened in the model's layout
// (tensors sorted by name, each in row-major order) and already clipped.
type Contribution struct {
	Device  string
	Samples int64
	Vector  []float64
}

// Aggregation is a strategy's result.
type Aggregation struct {
	// Vector is the aggregate delta, in the model's layout.
	Vector []float64
	// Used lists, sorted, the devices whose vectors enter Vector (Krum: the
	// selected ones; the others: all).
	Used []string
	// Scores are Krum's scores by device (nil for the other strategies).
	Scores map[string]float64
}

// Aggregator combines the contributions of one round into one delta. Every
// implementation sorts the contributions by device id first and sums in a
// fixed order, so its result does not depend on the order it is given.
type Aggregator interface {
	// Name says the strategy and its parameters, e.g. "krum(f=1,m=1)".
	Name() string
	// Check refuses a configuration that cannot keep the strategy's
	// guarantee with n contributions.
	Check(n int) error
	// Aggregate combines the contributions (all of the same length, from
	// distinct devices).
	Aggregate(cs []Contribution) (Aggregation, error)
	// Sensitivity bounds, in L2, how far replacing one device's update can
	// move the aggregate when every update has norm ≤ clip; 0 when no useful
	// bound is known (then no ε is reported).
	Sensitivity(clip float64, cs []Contribution) float64
}

// sorted checks contributions and returns them sorted by device id.
func sorted(name string, cs []Contribution) ([]Contribution, error) {
	if len(cs) == 0 {
		return nil, fmt.Errorf("%s: %w", name, ErrNoUpdates)
	}
	out := slices.Clone(cs)
	slices.SortFunc(out, func(a, b Contribution) int { return strings.Compare(a.Device, b.Device) })
	for i := range out {
		if len(out[i].Vector) != len(out[0].Vector) {
			return nil, fmt.Errorf("%s: %w: device %s has %d values, device %s has %d", name, ErrDeltaShape,
				out[i].Device, len(out[i].Vector), out[0].Device, len(out[0].Vector))
		}
		if i > 0 && out[i].Device == out[i-1].Device {
			return nil, fmt.Errorf("%s: %w: %s", name, ErrDuplicateDevice, out[i].Device)
		}
	}
	return out, nil
}

func devices(cs []Contribution) []string {
	out := make([]string, len(cs))
	for i := range cs {
		out[i] = cs[i].Device
	}
	return out
}
