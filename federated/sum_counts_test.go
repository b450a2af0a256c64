package federated

import (
	"strings"
	"testing"

	"github.com/decentralized-ml/dml/abi"
)

func sumCountUpdate(device string, sums []float64, counts []float64) Update {
	return Update{Device: device, Deltas: []abi.Tensor{
		abi.FromFloat64s("sums", []int64{int64(len(counts)), int64(len(sums) / len(counts))}, sums),
		abi.FromFloat64s("counts", []int64{int64(len(counts))}, counts),
	}}
}

func TestSumCountsIsTheWholeDataStep(t *testing.T) {
	// Points (1-D): device a holds 1, 2 (cluster 0) and 10 (cluster 1);
	// device b holds 3 (cluster 0); device c holds nothing.
	// One step on all data: cluster 0 → (1+2+3)/3 = 2, cluster 1 → 10,
	// cluster 2 (empty) keeps 7.
	model := abi.FromFloat64s("C", []int64{3, 1}, []float64{0, 9, 7})
	ups := []Update{
		sumCountUpdate("c", []float64{0, 0, 0}, []float64{0, 0, 0}),
		sumCountUpdate("a", []float64{3, 10, 0}, []float64{2, 1, 0}),
		sumCountUpdate("b", []float64{3, 0, 0}, []float64{1, 0, 0}),
	}
	got, err := SumCounts{}.Combine(model, ups)
	if err != nil {
		t.Fatal(err)
	}
	if v := got.Float64s(); v[0] != 2 || v[1] != 10 || v[2] != 7 {
		t.Fatalf("centroids %v, want [2 10 7]", v)
	}
	// Arrival order does not matter.
	rev := []Update{ups[2], ups[1], ups[0]}
	again, _ := SumCounts{}.Combine(model, rev)
	if string(again.Data) != string(got.Data) {
		t.Fatal("result depends on the order of updates")
	}
}

func TestSumCountsRefusesBadUpdates(t *testing.T) {
	model := abi.FromFloat64s("C", []int64{2, 1}, []float64{0, 1})
	cases := map[string][]Update{
		"missing counts": {{Device: "a", Deltas: []abi.Tensor{abi.FromFloat64s("sums", []int64{2, 1}, []float64{1, 2})}}},
		"wrong shape":    {sumCountUpdate("a", []float64{1, 2, 3}, []float64{1, 1, 1})},
		"two updates":    {sumCountUpdate("a", []float64{1, 2}, []float64{1, 1}), sumCountUpdate("a", []float64{1, 2}, []float64{1, 1})},
	}
	for name, ups := range cases {
		if _, err := (SumCounts{}).Combine(model, ups); err == nil || !strings.Contains(err.Error(), "a") {
			t.Errorf("%s: err %v", name, err)
		}
	}
}
