// Package federated turns the weight deltas that many devices return for one
// job into the job's next model: it checks each device's update against its
// receipt, clips it, aggregates with a chosen strategy (FedAvg, coordinate-wise
// median, trimmed mean, Krum), optionally adds Gaussian noise seeded from the
// job, applies the result to the model and validates the candidate before
// accepting it. Every step is deterministic: a round replays bit for bit from
// its inputs, on any CPU, whatever order the updates arrived in.
package federated

import (
	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/abi/digest"
)

// Job is what a round checks updates against.
type Job struct {
	// ID identifies the job (e.g. the hex job id on chain); it seeds the noise.
	ID string
	// ModuleCID is the CID of the job's module; every receipt must name it.
	ModuleCID string
	// ModuleSHA256, when set, must also equal each receipt's module_sha256.
	ModuleSHA256 string
	// GasLimit is the most gas a receipt may have been run with.
	GasLimit uint64
}

// Model is a set of named weight tensors (f64 or f32) and the CID the caller
// stored them under. The CID is opaque here.
type Model struct {
	CID     string
	Tensors []abi.Tensor
}

// ModelHash is the content hash of model tensors: digest.InputCommitment over
// them as model weights, the value a run's receipt records as model_sha256.
// So the hash a round gives its new model is what every receipt of the next
// round must carry.
func ModelHash(tensors []abi.Tensor) string {
	return digest.InputCommitment(nil, tensors)
}
