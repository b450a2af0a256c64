// Package receipt records what a run computed so that anyone holding the same
// module, inputs, params and model can check it by re-running: hashes of
// everything that went in, the result hash and gas that came out, and the
// versions they were computed with. A run's result makes its receipt
// (engine.Result.Receipt); the marketplace signs the same fields. The
// package depends on nothing but abi, so a chain client can read receipts
// without linking the engine.
package receipt

import (
	"errors"

	"github.com/decentralized-ml/dml/abi"
)

// FormatVersion is the receipt format this package writes and reads.
const FormatVersion = 1

// Receipt binds one run's inputs to its result. Fields marked informational
// are covered by ReceiptID but not compared by Compare.
type Receipt struct {
	// ReceiptID is the hex sha256 of the canonical JSON of every other field
	// (see CanonicalJSON); Read rejects a receipt whose id does not match.
	ReceiptID string `json:"receipt_id,omitempty"`
	Version   int    `json:"version"`

	ModuleSHA256 string `json:"module_sha256"`
	ModuleCID    string `json:"module_cid,omitempty"`
	// ModulePath is where the module was read from (informational).
	ModulePath string `json:"module_path,omitempty"`

	// InputCommitment is digest.InputCommitment over inputs and model weights.
	InputCommitment string `json:"input_commitment"`
	ParamsSHA256    string `json:"params_sha256"`
	// ModelSHA256 is digest.InputCommitment over the model weights alone.
	ModelSHA256 string `json:"model_sha256"`

	ResultHash string        `json:"result_hash"`
	Status     abi.RunStatus `json:"status"`
	GasLimit   uint64        `json:"gas_limit"`
	GasUsed    uint64        `json:"gas_used"`
	GasTable   string        `json:"gas_table"`
	// MemoryLimitMiB is the memory limit the run had; 0 (receipts made
	// before it was recorded) means abi.DefaultMemoryLimitMiB.
	MemoryLimitMiB uint32 `json:"memory_limit_mib,omitempty"`

	Determinism    string `json:"determinism"`
	ABIVersion     int    `json:"abi_version"`
	RuntimeVersion string `json:"runtime_version"`
	// Engine is the wazero engine that ran (informational: every engine
	// must give the same result).
	Engine string `json:"engine,omitempty"`
	// CreatedAt is when the receipt was made, RFC 3339 (informational).
	CreatedAt string `json:"created_at"`
}

// ErrNotReceiptable is returned for a run that has nothing to prove: one
// refused before it started, or an unmetered benchmarking run.
var ErrNotReceiptable = errors.New("run has no receipt")
