package federated

import (
	"fmt"
	"math"
)

// FedAvg is the mean of the updates weighted by sample count (McMahan et al.
// 2017). It has no robustness: one device can move it anywhere, by sending a
// large update or claiming many samples. Use it only with trusted devices,
// or with clipping, which bounds each device's pull to C·w_i/W.
type FedAvg struct{}

// Name is "fedavg".
func (FedAvg) Name() string { return "fedavg" }

// Check needs at least one update.
func (FedAvg) Check(n int) error {
	if n < 1 {
		return fmt.Errorf("%w: fedavg needs at least one update", ErrConfig)
	}
	return nil
}

// Aggregate is Σ n_i·x_i / Σ n_i, summed in device order.
func (a FedAvg) Aggregate(cs []Contribution) (Aggregation, error) {
	cs, err := sorted(a.Name(), cs)
	if err != nil {
		return Aggregation{}, err
	}
	var total int64
	for _, c := range cs {
		if c.Samples <= 0 {
			return Aggregation{}, fmt.Errorf("fedavg: %w: device %s has %d", ErrNoSamples, c.Device, c.Samples)
		}
		if total > math.MaxInt64-c.Samples {
			return Aggregation{}, fmt.Errorf("fedavg: %w: sample counts overflow", ErrNoSamples)
		}
		total += c.Samples
	}
	acc := make([]float64, len(cs[0].Vector))
	for _, c := range cs {
		w := float64(c.Samples)
		for j, x := range c.Vector {
			acc[j] += float64(w * x) // the conversion forbids FMA fusion (same bits on every CPU)
		}
	}
	W := float64(total)
	for j := range acc {
		acc[j] /= W
	}
	return Aggregation{Vector: acc, Used: devices(cs)}, nil
}

// Sensitivity is 2·clip·max n_i / Σ n_i: replacing device i moves the
// weighted mean by its weight times at most 2·clip.
func (FedAvg) Sensitivity(clip float64, cs []Contribution) float64 {
	var total, most int64
	for _, c := range cs {
		total += c.Samples
		most = max(most, c.Samples)
	}
	if total <= 0 {
		return 0
	}
	return 2 * clip * float64(most) / float64(total)
}
