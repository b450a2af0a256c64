package main

import (
	"strings"
	"testing"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/sdk-guest/go/dmltest"
)

func blobHost(t *testing.T) *dmltest.Host {
	x := blobs(fourCentres, 25, 1, 11)
	return dmltest.New(t).Manifest("manifest.yaml").InputFloat64("X", []int64{100, 3}, x)
}

func TestRunEmitsCentroidsAndDeltas(t *testing.T) {
	h := blobHost(t).Params(`{"k": 4, "iters": 20, "seed": 1}`)
	if res := h.Run(); res.Status != abi.StatusOK {
		t.Fatalf("run: %+v", res)
	}
	c, counts, sums := h.OutputFloat64("C"), h.OutputFloat64("counts"), h.DeltaFloat64("sums")
	if len(c) != 12 || len(counts) != 4 || len(sums) != 12 {
		t.Fatalf("C has %d values, counts %d, sums %d: want 12, 4, 12", len(c), len(counts), len(sums))
	}
	dc := h.DeltaFloat64("counts")
	for j := range 4 {
		if counts[j] != 25 || dc[j] != counts[j] {
			t.Errorf("counts[%d]: output %v, delta %v, want 25", j, counts[j], dc[j])
		}
		for p := range 3 {
			if c[j*3+p] != sums[j*3+p]/counts[j] {
				t.Errorf("C[%d][%d] = %v, want sums/counts = %v", j, p, c[j*3+p], sums[j*3+p]/counts[j])
			}
		}
	}
	first := h.ResultHash()
	if h.Run(); h.ResultHash() != first {
		t.Error("two runs with the same seed differ")
	}
}

// From a model C: k comes from it, and more steps never raise the inertia.
func TestRunFromModel(t *testing.T) {
	c0 := []float64{1, 1, 1, -1, 1, 1, -1, -1, 1, 1, -1, 1}
	h := blobHost(t).ModelFloat64("C", []int64{4, 3}, c0)
	inertia := func(iters string) float64 {
		if res := h.Params(`{"iters": ` + iters + `}`).Run(); res.Status != abi.StatusOK {
			t.Fatalf("run: %+v", res)
		}
		return h.OutputFloat64("inertia")[0]
	}
	one, ten := inertia("1"), inertia("10")
	if !(ten < one) {
		t.Errorf("inertia after 1 step %v, after 10 %v: want a drop", one, ten)
	}
}

func TestRunErrors(t *testing.T) {
	x := []float64{1, 2, 3, 4}
	c := func(shape []int64) abi.Tensor {
		n := int64(1)
		for _, v := range shape {
			n *= v
		}
		return abi.FromFloat64s("C", shape, make([]float64, n))
	}
	tests := []struct {
		name   string
		params string
		model  []abi.Tensor
		code   int32
		msg    string
	}{
		{"no k", `{}`, nil, codeParams, `set params {"k": k}`},
		{"iters 0", `{"k": 1, "iters": 0}`, nil, codeParams, "iters 0"},
		{"unknown param", `{"k": 1, "iter": 3}`, nil, codeParams, "iter"},
		{"k over n", `{"k": 3}`, nil, codeShape, "k = 3 but X has 2 rows"},
		{"C columns", `{}`, []abi.Tensor{c([]int64{2, 3})}, codeShape, "model C has shape [2 3]"},
		{"C rank", `{}`, []abi.Tensor{c([]int64{2})}, codeShape, "model C has shape [2]: want [k, 2], d = columns of X, k >= 1"},
		{"k disagrees with C", `{"k": 3}`, []abi.Tensor{c([]int64{2, 2})}, codeShape, "k = params k (3)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := dmltest.New(t).InputFloat64("X", []int64{2, 2}, x).Params(tc.params)
			for _, m := range tc.model {
				h.Model(m)
			}
			res := h.Run()
			if res.Status != abi.StatusAlgorithmError || res.Code != tc.code || !strings.Contains(res.Error, tc.msg) {
				t.Fatalf("got %+v, want code %d with %q", res, tc.code, tc.msg)
			}
		})
	}
}
