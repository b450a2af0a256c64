package federated

import "github.com/decentralized-ml/dml/abi"

// Update is what one device returns for one round.
type Update struct {
	// Device is the device's id (e.g. its address); unique within a round.
	Device string
	// Samples is the number of training samples the device used; FedAvg
	// weights by it. It is self-reported: robust strategies ignore it.
	Samples int64
	// Deltas are the run's weight deltas exactly as emitted (f64 or f32),
	// one per model tensor, same names and shapes.
	Deltas []abi.Tensor
	// Outputs are the run's outputs, needed with Deltas to recompute the
	// receipt's result hash (nil when the run emitted none).
	Outputs []abi.Tensor
	// Receipt is the device's receipt for the run.
	Receipt ReceiptInfo
}

// ReceiptInfo is the part of a device's receipt a round checks, plus the
// signed form, opaque here, that a ReceiptVerifier checks.
type ReceiptInfo struct {
	ModuleCID    string
	ModuleSHA256 string
	// ModelSHA256 must equal ModelHash of the round's model.
	ModelSHA256 string
	ResultHash  string
	Status      abi.RunStatus
	GasUsed     uint64
	GasLimit    uint64
	// Signature and Signed are opaque: the verifier's encoding of the signed
	// receipt (the node: marketplace.SignedReceipt and its EIP-712 signature).
	Signature []byte
	Signed    []byte
}

// ReceiptVerifier checks that an update's receipt was signed by its device
// and that the signed fields equal those in Update.Receipt (module CID and
// sha, model sha, result hash, status, gas used and limit). A round excludes
// every update whose Verify returns an error, and records the error.
type ReceiptVerifier interface {
	Verify(u Update) error
}

// VerifierFunc adapts a function to ReceiptVerifier.
type VerifierFunc func(u Update) error

// Verify calls f(u).
func (f VerifierFunc) Verify(u Update) error { return f(u) }
