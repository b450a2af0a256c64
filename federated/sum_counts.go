package federated

import (
	"fmt"
	"sort"

	"github.com/decentralized-ml/dml/abi"
)

// SumCounts is the exact federated step of an algorithm whose deltas are
// per-group sums and counts instead of a model delta (algorithms/kmeans
// emits `sums`, k×d, and `counts`, k): the new row j of the model is
// Σ_devices sums[j] / Σ_devices counts[j], and a row no device counted
// keeps its value. Averaging centroid deltas by sample count is not exact;
// this is, up to the rounding of the sums.
type SumCounts struct {
	Sums, Counts string // delta names; default "sums" and "counts"
}

func (s SumCounts) names() (string, string) {
	sums, counts := s.Sums, s.Counts
	if sums == "" {
		sums = "sums"
	}
	if counts == "" {
		counts = "counts"
	}
	return sums, counts
}

// Combine applies one step to model (k×d, f64) from the updates. Updates
// are summed in device-id order, so the bits do not depend on arrival order.
// An update without the two deltas, or with other shapes, is an error that
// names its device: the caller checks receipts before (Aggregate's checks
// apply to model deltas, not to sums).
func (s SumCounts) Combine(model abi.Tensor, updates []Update) (abi.Tensor, error) {
	sumsName, countsName := s.names()
	if model.DType != abi.F64 || len(model.Shape) != 2 {
		return abi.Tensor{}, fmt.Errorf("%w: sum-counts model %q must be an f64 matrix, is %s %v", ErrModel, model.Name, model.DType, model.Shape)
	}
	k, d := int(model.Shape[0]), int(model.Shape[1])
	us := append([]Update(nil), updates...)
	sort.Slice(us, func(i, j int) bool { return us[i].Device < us[j].Device })
	sums, counts := make([]float64, k*d), make([]float64, k)
	for i, u := range us {
		if i > 0 && u.Device == us[i-1].Device {
			return abi.Tensor{}, fmt.Errorf("device %s sent two updates", u.Device)
		}
		su, ok1 := find(u.Deltas, sumsName)
		cu, ok2 := find(u.Deltas, countsName)
		if !ok1 || !ok2 || su.DType != abi.F64 || cu.DType != abi.F64 ||
			su.Elements() != int64(k*d) || cu.Elements() != int64(k) {
			return abi.Tensor{}, fmt.Errorf("device %s: want f64 deltas %s (%d×%d) and %s (%d)", u.Device, sumsName, k, d, countsName, k)
		}
		for j, v := range su.Float64s() {
			sums[j] += v
		}
		for j, v := range cu.Float64s() {
			counts[j] += v
		}
	}
	out := model.Float64s()
	for j := 0; j < k; j++ {
		if counts[j] == 0 {
			continue
		}
		for c := 0; c < d; c++ {
			out[j*d+c] = sums[j*d+c] / counts[j]
		}
	}
	return abi.FromFloat64s(model.Name, model.Shape, out), nil
}

func find(ts []abi.Tensor, name string) (abi.Tensor, bool) {
	for _, t := range ts {
		if t.Name == name {
			return t, true
		}
	}
	return abi.Tensor{}, false
}
