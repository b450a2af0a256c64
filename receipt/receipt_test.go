package receipt

import (
	"errors"
	"testing"
	"time"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/abi/digest"
	"github.com/decentralized-ml/dml/engine"
)

func sampleResult() *engine.Result {
	return &engine.Result{
		Status:          abi.StatusOK,
		ModuleSHA256:    "aa",
		ABIVersion:      abi.Version,
		Engine:          engine.Compiler,
		GasLimit:        1000,
		GasUsed:         400,
		GasTable:        "v1",
		Determinism:     "strict",
		ResultHash:      "rr",
		InputCommitment: "ii",
		ParamsSHA256:    "pp",
	}
}

func TestFromResult(t *testing.T) {
	at := time.Date(2026, 1, 2, 3, 4, 5, 0, time.FixedZone("x", 3600))
	models := []abi.Tensor{abi.FromFloat64s("w", []int64{2}, []float64{1, 2})}
	tests := []struct {
		name    string
		status  abi.RunStatus
		wantErr error
	}{
		{"ok", abi.StatusOK, nil},
		{"out of gas is billed, so it has a receipt", abi.StatusOutOfGas, nil},
		{"algorithm error", abi.StatusAlgorithmError, nil},
		{"invalid module", abi.StatusInvalidModule, ErrNotReceiptable},
		{"invalid input", abi.StatusInvalidInput, ErrNotReceiptable},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := sampleResult()
			res.Status = tc.status
			r, err := FromResult(res, models, "m.wasm", at)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("err = %v, want %v", err, tc.wantErr)
			}
			if err != nil {
				return
			}
			if r.ModelSHA256 != digest.InputCommitment(nil, models) {
				t.Errorf("model_sha256 = %s", r.ModelSHA256)
			}
			if r.CreatedAt != "2026-01-02T02:04:05Z" {
				t.Errorf("created_at = %s", r.CreatedAt)
			}
			if r.Status != tc.status || r.GasUsed != 400 || r.RuntimeVersion != engine.Version || r.Version != FormatVersion {
				t.Errorf("fields not copied: %+v", r)
			}
			if err := r.CheckID(); err != nil {
				t.Errorf("fresh receipt: %v", err)
			}
		})
	}
}

func TestModelSHA256DiffersFromEmpty(t *testing.T) {
	a, err := FromResult(sampleResult(), nil, "", time.Unix(0, 0))
	if err != nil {
		t.Fatal(err)
	}
	b, err := FromResult(sampleResult(), []abi.Tensor{abi.FromFloat64s("w", nil, []float64{0})}, "", time.Unix(0, 0))
	if err != nil {
		t.Fatal(err)
	}
	if a.ModelSHA256 == b.ModelSHA256 || a.ReceiptID == b.ReceiptID {
		t.Errorf("model weights do not change the receipt: %s %s", a.ModelSHA256, b.ModelSHA256)
	}
}
