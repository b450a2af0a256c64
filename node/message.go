package node

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/decentralized-ml/dml/federated"
	"github.com/decentralized-ml/dml/marketplace"
	"github.com/ethereum/go-ethereum/common"
)

// ErrMessage marks an update message that cannot be read.
var ErrMessage = errors.New("bad update message")

// UpdateMessage is everything a device sends to the job's aggregator after
// a run: the weight deltas in the clear (the aggregator needs them), the CID
// of its outputs sealed to the customer, and the signed receipt binding both.
// Nothing else about the device's data leaves it.
type UpdateMessage struct {
	JobID   common.Hash    `json:"job_id"`
	Device  common.Address `json:"device"`
	Samples int64          `json:"samples"`
	// Deltas is a tensor bundle (EncodeTensors) of the run's weight deltas.
	Deltas []byte `json:"deltas"`
	// SealedOutputsCID holds the run's outputs as a tensor bundle sealed to
	// the customer's key (Seal).
	SealedOutputsCID string                    `json:"sealed_outputs_cid"`
	Receipt          marketplace.SignedReceipt `json:"receipt"`
	ReceiptID        common.Hash               `json:"receipt_id"`
}

// Encode is the message's wire form (JSON).
func (m *UpdateMessage) Encode() ([]byte, error) { return json.Marshal(m) }

// DecodeMessage reads a message made by Encode.
func DecodeMessage(b []byte) (*UpdateMessage, error) {
	var m UpdateMessage
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrMessage, err)
	}
	return &m, nil
}

// ToUpdate turns a message into the federated package's Update: it fetches
// the sealed outputs, opens them with the customer's key (the aggregator
// needs them to recompute the result hash) and decodes the deltas.
func (m *UpdateMessage) ToUpdate(ctx context.Context, content Content, customer *ecdsa.PrivateKey) (federated.Update, error) {
	deltas, err := DecodeTensors(m.Deltas)
	if err != nil {
		return federated.Update{}, fmt.Errorf("%w: device %s deltas: %w", ErrMessage, m.Device, err)
	}
	sealed, err := content.Fetch(ctx, m.SealedOutputsCID)
	if err != nil {
		return federated.Update{}, fmt.Errorf("device %s outputs: %w", m.Device, err)
	}
	plain, err := Open(customer, sealed)
	if err != nil {
		return federated.Update{}, fmt.Errorf("device %s outputs: %w", m.Device, err)
	}
	outputs, err := DecodeTensors(plain)
	if err != nil {
		return federated.Update{}, fmt.Errorf("%w: device %s outputs: %w", ErrMessage, m.Device, err)
	}
	signed, err := json.Marshal(m.Receipt)
	if err != nil {
		return federated.Update{}, err
	}
	r := &m.Receipt
	return federated.Update{
		Device: m.Device.Hex(), Samples: m.Samples, Deltas: deltas, Outputs: outputs,
		Receipt: federated.ReceiptInfo{
			ModuleCID: r.ModuleCID, ModuleSHA256: hexOf(r.ModuleSHA256), ModelSHA256: hexOf(r.ModelSHA256),
			ResultHash: hexOf(r.ResultHash), Status: statusOf(r.Status), GasUsed: r.GasUsed, GasLimit: r.GasLimit,
			Signature: r.Signature, Signed: signed,
		},
	}, nil
}

// hexOf is a hash as receipts spell it: 64 lower-case hex digits, no 0x.
func hexOf(h common.Hash) string { return fmt.Sprintf("%x", h[:]) }
