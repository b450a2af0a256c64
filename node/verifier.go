package node

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/federated"
	"github.com/decentralized-ml/dml/marketplace"
	"github.com/ethereum/go-ethereum/common"
)

// ErrReceiptMismatch marks a signed receipt whose fields differ from the
// update it came with.
var ErrReceiptMismatch = errors.New("signed receipt does not match the update")

// ReceiptVerifier checks updates against their EIP-712 receipts for one job
// on one escrow: signature, device, job, and every field the round checks.
type ReceiptVerifier struct {
	ChainID *big.Int
	Escrow  common.Address
	JobID   common.Hash
}

// Verify implements federated.ReceiptVerifier.
func (v ReceiptVerifier) Verify(u federated.Update) error {
	var s marketplace.SignedReceipt
	if err := json.Unmarshal(u.Receipt.Signed, &s); err != nil {
		return fmt.Errorf("%w: signed receipt: %v", ErrReceiptMismatch, err)
	}
	s.Signature = u.Receipt.Signature
	if err := s.Verify(v.ChainID, v.Escrow); err != nil {
		return err
	}
	r := &u.Receipt
	for _, c := range []struct {
		field     string
		got, want string
	}{
		{"device", s.Device.Hex(), common.HexToAddress(u.Device).Hex()},
		{"job", s.JobID.Hex(), v.JobID.Hex()},
		{"module_cid", s.ModuleCID, r.ModuleCID},
		{"module_sha256", hexOf(s.ModuleSHA256), norm(r.ModuleSHA256)},
		{"model_sha256", hexOf(s.ModelSHA256), norm(r.ModelSHA256)},
		{"result_hash", hexOf(s.ResultHash), norm(r.ResultHash)},
		{"status", s.Status, string(r.Status)},
		{"gas_used", fmt.Sprint(s.GasUsed), fmt.Sprint(r.GasUsed)},
		{"gas_limit", fmt.Sprint(s.GasLimit), fmt.Sprint(r.GasLimit)},
	} {
		if c.got != c.want || (c.field == "device" && !common.IsHexAddress(u.Device)) {
			return fmt.Errorf("%w: %s is %q signed, %q in the update", ErrReceiptMismatch, c.field, c.got, c.want)
		}
	}
	return nil
}

func norm(h string) string { return strings.ToLower(strings.TrimPrefix(h, "0x")) }

func statusOf(s string) abi.RunStatus { return abi.RunStatus(s) }
