package main

import (
	"encoding/binary"
	"math"
	"strings"
	"testing"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/sdk-guest/go/dmltest"
)

// labels is y as the manifest declares it: i64.
func labels(y []int) abi.Tensor {
	b := make([]byte, 0, 8*len(y))
	for _, v := range y {
		b = binary.LittleEndian.AppendUint64(b, uint64(int64(v)))
	}
	return abi.Tensor{Name: "y", DType: abi.I64, Shape: []int64{int64(len(y))}, Data: b}
}

func asFloat64(y []int) []float64 {
	out := make([]float64, len(y))
	for i, v := range y {
		out[i] = float64(v)
	}
	return out
}

func blobHost(t *testing.T, k int) *dmltest.Host {
	x, y := blobs(k, 25)
	return dmltest.New(t).Manifest("manifest.yaml").
		InputFloat64("X", []int64{int64(len(y)), 2}, x).
		Input(labels(y))
}

func TestRunEmitsModelAndMetrics(t *testing.T) {
	h := blobHost(t, 3).Params(`{"classes": 3, "epochs": 30, "lr": 0.5, "batch": 10, "seed": 7}`)
	if res := h.Run(); res.Status != abi.StatusOK {
		t.Fatalf("run: %+v", res)
	}
	w, b := h.OutputFloat64("W"), h.OutputFloat64("b")
	if len(w) != 6 || len(b) != 3 {
		t.Fatalf("W has %d values and b %d, want 6 and 3", len(w), len(b))
	}
	if acc := h.OutputFloat64("accuracy"); acc[0] != 1 {
		t.Errorf("training accuracy %v on separable blobs, want 1", acc)
	}
	if loss := h.OutputFloat64("loss"); !(loss[0] > 0 && loss[0] < 0.3*math.Log(3)) {
		t.Errorf("loss %v, want well below log(3)", loss)
	}
	// Without a model, the deltas are the weights.
	dw, db := h.DeltaFloat64("W"), h.DeltaFloat64("b")
	for i := range w {
		if dw[i] != w[i] {
			t.Fatalf("delta W %v, want W %v", dw, w)
		}
	}
	for i := range b {
		if db[i] != b[i] {
			t.Fatalf("delta b %v, want b %v", db, b)
		}
	}
	first := h.ResultHash()
	if h.Run(); h.ResultHash() != first {
		t.Error("two runs with the same seed differ")
	}
}

func TestRunFromModel(t *testing.T) {
	w0 := []float64{1, -1, 0.5, 0.5}
	b0 := []float64{0.25, -0.25}
	h := blobHost(t, 2).Params(`{"epochs": 1, "lr": 0.1}`).
		ModelFloat64("W", []int64{2, 2}, w0).ModelFloat64("b", []int64{2}, b0)
	if res := h.Run(); res.Status != abi.StatusOK {
		t.Fatalf("run: %+v", res)
	}
	w, dw := h.OutputFloat64("W"), h.DeltaFloat64("W")
	for i := range w {
		if dw[i] != w[i]-w0[i] {
			t.Fatalf("delta W[%d] = %v, want %v − %v", i, dw[i], w[i], w0[i])
		}
	}
	b, db := h.OutputFloat64("b"), h.DeltaFloat64("b")
	for i := range b {
		if db[i] != b[i]-b0[i] {
			t.Fatalf("delta b[%d] = %v, want %v − %v", i, db[i], b[i], b0[i])
		}
	}
}

// Without a manifest, labels may come as integral f64 (a CSV file).
func TestRunFloatLabelsWithoutManifest(t *testing.T) {
	x, y := blobs(2, 10)
	h := dmltest.New(t).InputFloat64("X", []int64{20, 2}, x).InputFloat64("y", []int64{20}, asFloat64(y)).
		Params(`{"classes": 2, "epochs": 20, "lr": 0.5, "batch": 4}`)
	if res := h.Run(); res.Status != abi.StatusOK {
		t.Fatalf("run: %+v", res)
	}
	if acc := h.OutputFloat64("accuracy"); acc[0] != 1 {
		t.Errorf("accuracy %v, want 1", acc)
	}
}

func TestRunErrors(t *testing.T) {
	x := []float64{1, 2, 3, 4}
	tests := []struct {
		name   string
		params string
		y      abi.Tensor
		model  []abi.Tensor
		code   int32
		msg    string
	}{
		{"no classes", `{}`, labels([]int{0, 1}), nil, codeParams, `set params {"classes": k}`},
		{"bad lr", `{"classes": 2, "lr": -1}`, labels([]int{0, 1}), nil, codeParams, "lr -1"},
		{"unknown param", `{"classes": 2, "epoch": 3}`, labels([]int{0, 1}), nil, codeParams, "epoch"},
		{"label out of range", `{"classes": 2}`, labels([]int{0, 2}), nil, codeLabels, "y[1] = 2: want an integer in 0 .. 1"},
		{"negative label", `{"classes": 2}`, labels([]int{-1, 0}), nil, codeLabels, "y[0] = -1"},
		{"fractional label", `{"classes": 2}`, abi.FromFloat64s("y", []int64{2}, []float64{0, 0.5}), nil, codeLabels, "y[1] = 0.5"},
		{"NaN label", `{"classes": 2}`, abi.FromFloat64s("y", []int64{2}, []float64{math.NaN(), 0}), nil, codeLabels, "y[0] = NaN"},
		{"y too short", `{"classes": 2}`, labels([]int{0}), nil, codeShape, "want [2]"},
		{"W rows", `{}`, labels([]int{0, 1}), []abi.Tensor{abi.FromFloat64s("W", []int64{3, 2}, make([]float64, 6))}, codeShape, "model W has shape [3 2]"},
		{"classes disagree with W", `{"classes": 3}`, labels([]int{0, 1}), []abi.Tensor{abi.FromFloat64s("W", []int64{2, 2}, make([]float64, 4))}, codeShape, "classes (3)"},
		{"b disagrees with W", `{}`, labels([]int{0, 1}), []abi.Tensor{abi.FromFloat64s("W", []int64{2, 2}, make([]float64, 4)), abi.FromFloat64s("b", []int64{3}, make([]float64, 3))}, codeShape, "model b has shape [3]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := dmltest.New(t).InputFloat64("X", []int64{2, 2}, x).Input(tc.y).Params(tc.params)
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
