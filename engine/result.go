package engine

import (
	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/abi/digest"
)

// Result is how a run ended and what it produced. Its JSON is the object
// `dmlrun run --json` prints (DESIGN.md, "dmlrun run").
type Result struct {
	Status       abi.RunStatus `json:"status"`
	Error        string        `json:"error,omitempty"`
	ModuleSHA256 string        `json:"module_sha256"`
	ModuleCID    string        `json:"module_cid,omitempty"`
	ABIVersion   int           `json:"abi_version"`
	Engine       EngineKind    `json:"engine"`
	GasLimit     uint64        `json:"gas_limit"`
	GasUsed      uint64        `json:"gas_used"`
	// GasTable is the version of the cost table the gas was counted with.
	GasTable string `json:"gas_table"`
	// Unmetered marks a benchmarking run without gas instrumentation.
	Unmetered bool `json:"unmetered,omitempty"`
	// Determinism is the class of the result: "strict" is reproducible on
	// every engine and CPU.
	Determinism     string          `json:"determinism"`
	Outputs         []TensorSummary `json:"outputs"`
	Deltas          []TensorSummary `json:"deltas"`
	ResultHash      string          `json:"result_hash"`
	InputCommitment string          `json:"input_commitment"`
	ParamsSHA256    string          `json:"params_sha256"`
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
