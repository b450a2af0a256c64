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

func xorHost(t *testing.T) *dmltest.Host {
	x, y := xorBlobs(2, 25)
	return dmltest.New(t).Manifest("manifest.yaml").
		InputFloat64("X", []int64{int64(len(y)), 2}, x).
		Input(labels(y))
}

func TestRunEmitsModelAndMetrics(t *testing.T) {
	h := xorHost(t).Params(`{"classes": 2, "hidden": 8, "epochs": 40, "lr": 0.1, "batch": 1, "seed": 1}`)
	if res := h.Run(); res.Status != abi.StatusOK {
		t.Fatalf("run: %+v", res)
	}
	sizes := map[string]int{"W1": 16, "b1": 8, "W2": 16, "b2": 2}
	for name, n := range sizes {
		if got := len(h.OutputFloat64(name)); got != n {
			t.Errorf("output %s has %d values, want %d", name, got, n)
		}
	}
	if acc := h.OutputFloat64("accuracy"); acc[0] != 1 {
		t.Errorf("training accuracy %v on xor blobs, want 1", acc)
	}
	if loss := h.OutputFloat64("loss"); !(loss[0] > 0 && loss[0] < 0.2*math.Log(2)) {
		t.Errorf("loss %v, want well below log(2)", loss)
	}
	first := h.ResultHash()
	if h.Run(); h.ResultHash() != first {
		t.Error("two runs with the same seed differ")
	}
	if h.Params(`{"classes": 2, "hidden": 8, "epochs": 40, "lr": 0.1, "batch": 1, "seed": 2}`).Run(); h.ResultHash() == first {
		t.Error("seeds 1 and 2 gave the same result")
	}
}

// Without params hidden, a fresh model has defaultHidden units.
func TestRunDefaultHidden(t *testing.T) {
	h := xorHost(t).Params(`{"classes": 2, "epochs": 1}`)
	if res := h.Run(); res.Status != abi.StatusOK {
		t.Fatalf("run: %+v", res)
	}
	if got := len(h.OutputFloat64("b1")); got != defaultHidden {
		t.Errorf("b1 has %d values, want %d", got, defaultHidden)
	}
}

// From a given model, the deltas are new − given, and the shapes come from the model.
func TestRunFromModel(t *testing.T) {
	g := lcg{x: 11}
	m0 := newModel(2, 3, 2)
	heInit(m0, &g)
	m0.b1[0], m0.b2[1] = 0.25, -0.5
	h := xorHost(t).Params(`{"epochs": 2, "lr": 0.1, "batch": 10}`).
		ModelFloat64("W1", []int64{2, 3}, m0.W1).ModelFloat64("b1", []int64{3}, m0.b1).
		ModelFloat64("W2", []int64{3, 2}, m0.W2).ModelFloat64("b2", []int64{2}, m0.b2)
	if res := h.Run(); res.Status != abi.StatusOK {
		t.Fatalf("run: %+v", res)
	}
	for name, w0 := range map[string][]float64{"W1": m0.W1, "b1": m0.b1, "W2": m0.W2, "b2": m0.b2} {
		w, dw := h.OutputFloat64(name), h.DeltaFloat64(name)
		if len(w) != len(w0) {
			t.Fatalf("%s has %d values, want %d", name, len(w), len(w0))
		}
		moved := false
		for i := range w {
			if dw[i] != w[i]-w0[i] {
				t.Fatalf("delta %s[%d] = %v, want %v − %v", name, i, dw[i], w[i], w0[i])
			}
			moved = moved || dw[i] != 0
		}
		if !moved {
			t.Errorf("%s did not move in 2 epochs", name)
		}
	}
}

func TestRunErrors(t *testing.T) {
	x := []float64{1, 2, 3, 4}
	f := abi.FromFloat64s
	full := []abi.Tensor{f("W1", []int64{2, 3}, make([]float64, 6)), f("b1", []int64{3}, make([]float64, 3)),
		f("W2", []int64{3, 2}, make([]float64, 6)), f("b2", []int64{2}, make([]float64, 2))}
	with := func(i int, t abi.Tensor) []abi.Tensor {
		m := append([]abi.Tensor(nil), full...)
		m[i] = t
		return m
	}
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
		{"bad hidden", `{"classes": 2, "hidden": -3}`, labels([]int{0, 1}), nil, codeParams, "hidden -3"},
		{"unknown param", `{"classes": 2, "epoch": 3}`, labels([]int{0, 1}), nil, codeParams, "epoch"},
		{"label out of range", `{"classes": 2}`, labels([]int{0, 2}), nil, codeLabels, "y[1] = 2: want an integer in 0 .. 1"},
		{"fractional label", `{"classes": 2}`, f("y", []int64{2}, []float64{0, 0.5}), nil, codeLabels, "y[1] = 0.5"},
		{"y too short", `{"classes": 2}`, labels([]int{0}), nil, codeShape, "want [2]"},
		{"part of a model", `{}`, labels([]int{0, 1}), full[:2], codeShape, "2 of the model tensors"},
		{"W1 rows", `{}`, labels([]int{0, 1}), with(0, f("W1", []int64{3, 3}, make([]float64, 9))), codeShape, "model W1 has shape [3 3]"},
		{"W1 rank", `{}`, labels([]int{0, 1}), with(0, f("W1", []int64{6}, make([]float64, 6))), codeShape, "want rank 2"},
		{"hidden disagrees", `{"hidden": 4}`, labels([]int{0, 1}), full, codeShape, "h = params hidden"},
		{"b1 size", `{}`, labels([]int{0, 1}), with(1, f("b1", []int64{2}, make([]float64, 2))), codeShape, "model b1 has shape [2]"},
		{"W2 rows", `{}`, labels([]int{0, 1}), with(2, f("W2", []int64{2, 2}, make([]float64, 4))), codeShape, "model W2 has shape [2 2]"},
		{"classes disagree", `{"classes": 3}`, labels([]int{0, 1}), full, codeShape, "classes (3)"},
		{"b2 size", `{}`, labels([]int{0, 1}), with(3, f("b2", []int64{3}, make([]float64, 3))), codeShape, "model b2 has shape [3]"},
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
