package engine

import (
	"errors"
	"testing"
	"time"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/abi/digest"
	"github.com/decentralized-ml/dml/receipt"
)

// A result makes the receipt of its run: everything that went in, what came
// out, and the settings that could change either.
func TestResultReceipt(t *testing.T) {
	at := time.Date(2026, 1, 2, 3, 4, 5, 0, time.FixedZone("x", 3600))
	models := []abi.Tensor{abi.FromFloat64s("w", []int64{2}, []float64{1, 2})}
	tests := []struct {
		status  abi.RunStatus
		wantErr error
	}{
		{abi.StatusOK, nil},
		{abi.StatusOutOfGas, nil}, // billed, so it has a receipt
		{abi.StatusAlgorithmError, nil},
		{abi.StatusInvalidModule, receipt.ErrNotReceiptable},
		{abi.StatusInvalidInput, receipt.ErrNotReceiptable},
		{abi.StatusDeadlineExceeded, receipt.ErrNotReceiptable},
	}
	e := newTestEngine(t, Interpreter)
	for _, tc := range tests {
		res := e.newResult(t.Context(), "aa", &Job{Models: models, GasLimit: 1000, MemoryLimitMiB: 64})
		res.Status, res.GasUsed, res.ResultHash = tc.status, 400, "rr"
		r, err := res.Receipt(at)
		if !errors.Is(err, tc.wantErr) {
			t.Fatalf("%s: err = %v, want %v", tc.status, err, tc.wantErr)
		}
		if err != nil {
			continue
		}
		if r.ModelSHA256 != digest.InputCommitment(nil, models) || r.InputCommitment != res.InputCommitment {
			t.Errorf("%s: model_sha256 = %s", tc.status, r.ModelSHA256)
		}
		if r.CreatedAt != "2026-01-02T02:04:05Z" || r.MemoryLimitMiB != 64 || r.Engine != "interpreter" || r.GasTable != res.GasTable {
			t.Errorf("%s: fields not copied: %+v", tc.status, r)
		}
		if r.Status != tc.status || r.GasUsed != 400 || r.RuntimeVersion != Version || r.Version != receipt.FormatVersion {
			t.Errorf("%s: fields not copied: %+v", tc.status, r)
		}
		if err := r.CheckID(); err != nil {
			t.Errorf("%s: fresh receipt: %v", tc.status, err)
		}
	}
}
