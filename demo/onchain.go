package demo

import (
	"context"
	"encoding/hex"
	"fmt"

	"github.com/decentralized-ml/dml/marketplace"
	"github.com/ethereum/go-ethereum/common"
)

// Approvers and ApprovalQuorum: every demo job names three verifiers, and
// two of them must sign an accepted round's checkpoint before it is
// recorded in the checkpoint registry.
const (
	Approvers      = 3
	ApprovalQuorum = 2
)

// approverSigners are the demo's verifiers. They only sign: the customer
// sends the transactions, so they need no ether.
func approverSigners() []*marketplace.Signer {
	out := make([]*marketplace.Signer, Approvers)
	for i := range out {
		out[i] = marketplace.NewSigner(actorKey(fmt.Sprintf("approver %d", i)))
	}
	return out
}

// checkpointHash turns federated's hex model hash into the registry's key.
func checkpointHash(h string) (common.Hash, error) {
	b, err := hex.DecodeString(h)
	if err != nil || len(b) != common.HashLength {
		return common.Hash{}, fmt.Errorf("checkpoint hash %q is not 32 hex bytes", h)
	}
	return common.BytesToHash(b), nil
}

// approveCheckpoint has the first ApprovalQuorum approvers sign an accepted
// round's model and records it on chain.
func (w *world) approveCheckpoint(ctx context.Context, job common.Hash, round uint64, modelHash, modelCID string) (ChainTx, error) {
	h, err := checkpointHash(modelHash)
	if err != nil {
		return ChainTx{}, err
	}
	a := marketplace.CheckpointApproval{JobID: job, Round: round, CheckpointHash: h, ModelCID: modelCID}
	var votes []marketplace.ApprovalVote
	for _, s := range w.approvers[:ApprovalQuorum] {
		v, err := w.client.SignApproval(s, a)
		if err != nil {
			return ChainTx{}, err
		}
		votes = append(votes, v)
	}
	info, err := w.client.ApproveCheckpoint(ctx, w.customer, a, votes)
	if err != nil {
		return ChainTx{}, fmt.Errorf("approve round %d's checkpoint: %w", round, err)
	}
	return ChainTx{Job: job.Hex(), Round: round, Checkpoint: h.Hex(), ModelCID: modelCID, Tx: info.Hash.Hex(), Gas: info.GasUsed}, nil
}

// recordReport records the report CID for every job of the demo and reads
// each back.
func (w *world) recordReport(ctx context.Context, jobs []common.Hash, cid string) ([]ChainTx, error) {
	var out []ChainTx
	for _, j := range jobs {
		info, err := w.client.RecordReport(ctx, w.customer, j, cid)
		if err != nil {
			return nil, err
		}
		got, err := w.client.ReportOf(ctx, j)
		if err != nil {
			return nil, err
		}
		if got != cid {
			return nil, fmt.Errorf("job %s: the chain records report %q, want %q", j, got, cid)
		}
		out = append(out, ChainTx{Job: j.Hex(), Tx: info.Hash.Hex(), Gas: info.GasUsed})
	}
	return out, nil
}
