package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/engine"
)

func TestWriteOutDir(t *testing.T) {
	tests := []struct {
		name    string
		outputs []abi.Tensor
		deltas  []abi.Tensor
		files   []string
		wantErr string
	}{
		{"outputs and deltas", []abi.Tensor{abi.FromFloat64s("sum", nil, []float64{1})}, []abi.Tensor{abi.FromFloat64s("w", []int64{2}, []float64{1, 2})},
			[]string{"outputs/sum.npy", "deltas/w.npy", "result.json"}, ""},
		{"nested name", []abi.Tensor{abi.FromFloat64s("layer1/w", []int64{1}, []float64{3})}, nil,
			[]string{"outputs/layer1/w.npy", "result.json"}, ""},
		{"escaping name", []abi.Tensor{abi.FromFloat64s("../evil", []int64{1}, []float64{3})}, nil, nil, "not a safe file name"},
		{"absolute name", nil, []abi.Tensor{abi.FromFloat64s("/etc/x", []int64{1}, []float64{3})}, nil, "not a safe file name"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "out")
			res := &engine.Result{Status: abi.StatusOK, ResultHash: "h", OutputTensors: tc.outputs, DeltaTensors: tc.deltas}
			err := writeOutDir(dir, res)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want %q", err, tc.wantErr)
				}
				if _, err := os.Stat(filepath.Join(dir, "result.json")); err == nil {
					t.Error("result.json written for an incomplete set")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range tc.files {
				if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
					t.Errorf("%s: %v", f, err)
				}
			}
			var got engine.Result
			data, _ := os.ReadFile(filepath.Join(dir, "result.json"))
			if err := json.Unmarshal(data, &got); err != nil || got.ResultHash != "h" {
				t.Errorf("result.json: %v %s", err, data)
			}
		})
	}
}
