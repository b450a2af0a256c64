// Package receipt records what a run computed so that anyone holding the same
// module, inputs, params and model can check it by re-running: hashes of
// everything that went in, the result hash and gas that came out, and the
// versions they were computed with. Receipts are unsigned for now; the
// marketplace adds a signature over the same canonical form.
package receipt

import (
	"errors"
	"fmt"
	"time"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/abi/digest"
	"github.com/decentralized-ml/dml/engine"
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

	Determinism    string `json:"determinism"`
	ABIVersion     int    `json:"abi_version"`
	RuntimeVersion string `json:"runtime_version"`
	// Engine is the wazero engine that ran (informational: every engine
	// must give the same result).
	Engine engine.EngineKind `json:"engine,omitempty"`
	// CreatedAt is when the receipt was made, RFC 3339 (informational).
	CreatedAt string `json:"created_at"`
}

// ErrNotReceiptable is returned by FromResult for a run that never started.
var ErrNotReceiptable = errors.New("run has no receipt")

// FromResult makes a receipt for a finished run. models are the model
// weights the run was given; modulePath is informational. A run refused
// before it started (invalid_module, invalid_input) has nothing to prove and
// gets ErrNotReceiptable.
func FromResult(res *engine.Result, models []abi.Tensor, modulePath string, at time.Time) (*Receipt, error) {
	if res.Status == abi.StatusInvalidModule || res.Status == abi.StatusInvalidInput {
		return nil, fmt.Errorf("%w: status %s (%s): fix the run first", ErrNotReceiptable, res.Status, res.Error)
	}
	if res.Unmetered {
		return nil, fmt.Errorf("%w: the run was unmetered (--unmetered is for benchmarking only)", ErrNotReceiptable)
	}
	r := &Receipt{
		Version:         FormatVersion,
		ModuleSHA256:    res.ModuleSHA256,
		ModuleCID:       res.ModuleCID,
		ModulePath:      modulePath,
		InputCommitment: res.InputCommitment,
		ParamsSHA256:    res.ParamsSHA256,
		ModelSHA256:     digest.InputCommitment(nil, models),
		ResultHash:      res.ResultHash,
		Status:          res.Status,
		GasLimit:        res.GasLimit,
		GasUsed:         res.GasUsed,
		GasTable:        res.GasTable,
		Determinism:     res.Determinism,
		ABIVersion:      res.ABIVersion,
		RuntimeVersion:  engine.Version,
		Engine:          res.Engine,
		CreatedAt:       at.UTC().Format(time.RFC3339),
	}
	if err := r.Seal(); err != nil {
		return nil, err
	}
	return r, nil
}
