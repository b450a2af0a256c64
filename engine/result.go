package engine

import (
	"fmt"
	"time"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/abi/digest"
	"github.com/decentralized-ml/dml/receipt"
)

// Result is how a run ended and what it produced. Its JSON is the object
// `dmlrun run --json` prints (DESIGN.md, "dmlrun run").
type Result struct {
	Status       abi.RunStatus `json:"status"`
	Error        string        `json:"error,omitempty"`
	ModuleSHA256 string        `json:"module_sha256"`
	ModuleCID    string        `json:"module_cid,omitempty"`
	ABIVersion   int           `json:"abi_version"`
	Engine       Kind          `json:"engine"`
	GasLimit     uint64        `json:"gas_limit"`
	GasUsed      uint64        `json:"gas_used"`
	// GasTable is the version of the gas schedule the gas was counted with.
	GasTable string `json:"gas_table"`
	// MemoryLimitMiB is the memory limit the run had.
	MemoryLimitMiB uint32 `json:"memory_limit_mib"`
	// Unmetered marks a benchmarking run without gas instrumentation.
	Unmetered bool `json:"unmetered,omitempty"`
	// Determinism is the class of the result: "strict" is reproducible on
	// every engine and CPU.
	Determinism     string          `json:"determinism"`
	Outputs         []TensorSummary `json:"outputs"`
	Deltas          []TensorSummary `json:"deltas"`
	ResultHash      string          `json:"result_hash"`
	InputCommitment string          `json:"input_commitment"`
	// ModelSHA256 is the commitment over the model weights alone.
	ModelSHA256  string `json:"model_sha256"`
	ParamsSHA256 string `json:"params_sha256"`
	// ExitCode is the algorithm's own error code (status algorithm_error).
	ExitCode int32   `json:"exit_code,omitempty"`
	WallMS   float64 `json:"wall_ms"`

	// OutputTensors and DeltaTensors hold the emitted data.
	OutputTensors []abi.Tensor `json:"-"`
	DeltaTensors  []abi.Tensor `json:"-"`
}

// TensorSummary describes one emitted tensor in a result.
type TensorSummary struct {
	Name   string  `json:"name"`
	DType  string  `json:"dtype"`
	Shape  []int64 `json:"shape"`
	SHA256 string  `json:"sha256"`
}

func summarize(ts []abi.Tensor) []TensorSummary {
	out := make([]TensorSummary, len(ts))
	for i := range ts {
		shape := ts[i].Shape
		if shape == nil {
			shape = []int64{}
		}
		out[i] = TensorSummary{Name: ts[i].Name, DType: ts[i].DType.String(), Shape: shape, SHA256: digest.DataSHA256(&ts[i])}
	}
	return out
}

// Receipt makes the receipt of the run, dated at. A run refused before it
// started (invalid_module, invalid_input) or an unmetered one has nothing
// to prove: it gets receipt.ErrNotReceiptable.
func (r *Result) Receipt(at time.Time) (*receipt.Receipt, error) {
	switch {
	case r.Status == abi.StatusInvalidModule || r.Status == abi.StatusInvalidInput:
		return nil, fmt.Errorf("%w: status %s (%s)", receipt.ErrNotReceiptable, r.Status, r.Error)
	case r.Status == abi.StatusDeadlineExceeded:
		return nil, fmt.Errorf("%w: the run exceeded its wall-clock bound, which is never billed", receipt.ErrNotReceiptable)
	case r.Unmetered:
		return nil, fmt.Errorf("%w: the run was unmetered", receipt.ErrNotReceiptable)
	}
	rc := &receipt.Receipt{
		Version:         receipt.FormatVersion,
		ModuleSHA256:    r.ModuleSHA256,
		ModuleCID:       r.ModuleCID,
		InputCommitment: r.InputCommitment,
		ParamsSHA256:    r.ParamsSHA256,
		ModelSHA256:     r.ModelSHA256,
		ResultHash:      r.ResultHash,
		Status:          r.Status,
		GasLimit:        r.GasLimit,
		GasUsed:         r.GasUsed,
		GasTable:        r.GasTable,
		MemoryLimitMiB:  r.MemoryLimitMiB,
		Determinism:     r.Determinism,
		ABIVersion:      r.ABIVersion,
		RuntimeVersion:  Version,
		Engine:          string(r.Engine),
		CreatedAt:       at.UTC().Format(time.RFC3339),
	}
	if err := rc.Seal(); err != nil {
		return nil, err
	}
	return rc, nil
}
