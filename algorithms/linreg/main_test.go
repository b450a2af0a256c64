package main

import (
	"math"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/decentralized-ml/dml/abi"
	dml "github.com/decentralized-ml/dml/sdk-guest/go"
	"github.com/decentralized-ml/dml/sdk-guest/go/dmltest"
)

// readCSV reads a numeric CSV without header: the values row by row, the
// number of rows and of columns.
func readCSV(tb testing.TB, path string) ([]float64, int, int) {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	var out []float64
	rows, cols := 0, 0
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		fields := strings.Split(line, ",")
		if rows > 0 && len(fields) != cols {
			tb.Fatalf("%s: row %d has %d columns, want %d", path, rows+1, len(fields), cols)
		}
		cols = len(fields)
		for _, f := range fields {
			v, err := strconv.ParseFloat(strings.TrimSpace(f), 64)
			if err != nil {
				tb.Fatalf("%s: row %d: %v", path, rows+1, err)
			}
			out = append(out, v)
		}
		rows++
	}
	return out, rows, cols
}

// wTrue is what testdata/gen.go generated y from.
var wTrue = []float64{2, -3, 0.5}

func sampleHost(t *testing.T) *dmltest.Host {
	x, n, d := readCSV(t, "testdata/X.csv")
	y, _, _ := readCSV(t, "testdata/y.csv")
	return dmltest.New(t).Manifest("manifest.yaml").
		InputFloat64("X", []int64{int64(n), int64(d)}, x).
		InputFloat64("y", []int64{int64(n)}, y)
}

func TestRecoversTrueWeights(t *testing.T) {
	h := sampleHost(t).Params(`{"epochs": 2000, "lr": 0.1}`)
	if res := h.Run(); res.Status != abi.StatusOK {
		t.Fatalf("run: %+v", res)
	}
	w := h.OutputFloat64("w")
	for j := range wTrue {
		if math.Abs(w[j]-wTrue[j]) > 0.01 {
			t.Errorf("w[%d] = %.4f, true %.4f", j, w[j], wTrue[j])
		}
	}
	// Noise is uniform in ±0.05: its variance is 0.1²/12 ≈ 0.00083.
	if loss := h.OutputFloat64("loss"); len(loss) != 1 || loss[0] > 0.0012 {
		t.Errorf("loss %v, want about 0.0008", loss)
	}
	if delta := h.DeltaFloat64("w"); !equalBits(delta, w) {
		t.Errorf("without a model, delta %v should equal w %v", delta, w)
	}
}

func TestStartsFromModel(t *testing.T) {
	w0 := []float64{1.5, -2.5, 0.25}
	h := sampleHost(t).ModelFloat64("w", []int64{3}, w0).Params(`{"epochs": 5}`)
	if res := h.Run(); res.Status != abi.StatusOK {
		t.Fatalf("run: %+v", res)
	}
	x, _, _ := readCSV(t, "testdata/X.csv")
	y, _, _ := readCSV(t, "testdata/y.csv")
	wantW, wantLoss := fit(x, y, w0, 5, defaultParams.LR)
	w, delta := h.OutputFloat64("w"), h.DeltaFloat64("w")
	if !equalBits(w, wantW) {
		t.Errorf("w %v, want %v", w, wantW)
	}
	for j := range delta {
		if delta[j] != w[j]-w0[j] {
			t.Errorf("delta[%d] = %v, want w - w0 = %v", j, delta[j], w[j]-w0[j])
		}
	}
	if loss := h.OutputFloat64("loss"); loss[0] != wantLoss {
		t.Errorf("loss %v, want %v", loss[0], wantLoss)
	}
}

func TestZeroEpochs(t *testing.T) {
	h := sampleHost(t).Params(`{"epochs": 0}`)
	if res := h.Run(); res.Status != abi.StatusOK {
		t.Fatalf("run: %+v", res)
	}
	if w := h.OutputFloat64("w"); !equalBits(w, []float64{0, 0, 0}) {
		t.Errorf("w %v after 0 epochs", w)
	}
}

func TestRejects(t *testing.T) {
	tests := []struct {
		name    string
		params  string
		x       []float64
		xShape  []int64
		y       []float64
		model   []int64 // shape of a model w, nil for none
		status  abi.RunStatus
		code    int32
		errText string
	}{
		{"negative epochs", `{"epochs": -1}`, []float64{1}, []int64{1, 1}, []float64{1}, nil,
			abi.StatusAlgorithmError, codeParams, "epochs -1: want 0 .. 1000000"},
		{"too many epochs", `{"epochs": 1000001}`, []float64{1}, []int64{1, 1}, []float64{1}, nil,
			abi.StatusAlgorithmError, codeParams, "epochs 1000001"},
		{"zero lr", `{"lr": 0}`, []float64{1}, []int64{1, 1}, []float64{1}, nil,
			abi.StatusAlgorithmError, codeParams, "lr 0: want a finite number > 0"},
		{"negative lr", `{"lr": -0.1}`, []float64{1}, []int64{1, 1}, []float64{1}, nil,
			abi.StatusAlgorithmError, codeParams, "lr -0.1"},
		{"lr out of float range", `{"lr": 1e400}`, []float64{1}, []int64{1, 1}, []float64{1}, nil,
			abi.StatusAlgorithmError, codeParams, "lr"},
		{"misspelt param", `{"epoch": 3}`, []float64{1}, []int64{1, 1}, []float64{1}, nil,
			abi.StatusAlgorithmError, codeParams, `unknown field "epoch"`},
		{"no rows", "", nil, []int64{0, 2}, nil, nil,
			abi.StatusAlgorithmError, codeShape, "n >= 1"},
		{"model of the wrong length", "", []float64{1, 2}, []int64{1, 2}, []float64{1}, []int64{3},
			abi.StatusInvalidInput, 0, "model \"w\""},
		{"y of the wrong length", "", []float64{1, 2}, []int64{1, 2}, []float64{1, 2}, nil,
			abi.StatusInvalidInput, 0, "input \"y\""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := dmltest.New(t).Manifest("manifest.yaml").Params(tc.params).
				InputFloat64("X", tc.xShape, tc.x).
				InputFloat64("y", []int64{int64(len(tc.y))}, tc.y)
			if tc.model != nil {
				h.ModelFloat64("w", tc.model, make([]float64, tc.model[0]))
			}
			res := h.Run()
			if res.Status != tc.status || res.Code != tc.code || !strings.Contains(res.Error, tc.errText) {
				t.Fatalf("Run() = %+v, want %s code %d containing %q", res, tc.status, tc.code, tc.errText)
			}
		})
	}
}

// Without a manifest (local development) the algorithm checks shapes itself.
func TestShapeChecksWithoutManifest(t *testing.T) {
	tests := []struct {
		name    string
		xShape  []int64
		yShape  []int64
		model   []int64
		errText string
	}{
		{"X is a vector", []int64{2}, []int64{2}, nil, "X has shape [2] and y [2]"},
		{"rows differ", []int64{2, 1}, []int64{3}, nil, "X has shape [2 1] and y [3]"},
		{"model too short", []int64{2, 2}, []int64{2}, []int64{1}, "model w has shape [1]: want [2]"},
		{"model is a matrix", []int64{2, 2}, []int64{2}, []int64{2, 1}, "model w has shape [2 1]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := dmltest.New(t).
				InputFloat64("X", tc.xShape, make([]float64, product(tc.xShape))).
				InputFloat64("y", tc.yShape, make([]float64, product(tc.yShape)))
			if tc.model != nil {
				h.ModelFloat64("w", tc.model, make([]float64, product(tc.model)))
			}
			res := h.Run()
			if res.Status != abi.StatusAlgorithmError || res.Code != codeShape || !strings.Contains(res.Error, tc.errText) {
				t.Fatalf("Run() = %+v, want code %d containing %q", res, codeShape, tc.errText)
			}
		})
	}
}

func TestCodesAreNotTheSDKs(t *testing.T) {
	for _, c := range []int32{codeParams, codeShape} {
		if c == 0 || c == dml.CodeFailed || c == dml.CodePanic {
			t.Errorf("code %d collides with success or an SDK code", c)
		}
	}
}

func product(shape []int64) int64 {
	n := int64(1)
	for _, d := range shape {
		n *= d
	}
	return n
}

func equalBits(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.Float64bits(a[i]) != math.Float64bits(b[i]) {
			return false
		}
	}
	return true
}
