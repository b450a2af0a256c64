package marketplace

import (
	"bytes"
	"context"
	"fmt"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// checkpointsDomainName is the CheckpointRegistry's EIP-712 domain name.
const checkpointsDomainName = "DML CheckpointRegistry"

// CheckpointApproval is what a job's verifiers sign to accept the model
// checkpoint of one round: the checkpoint registry takes it with signatures
// of at least the job's quorum.
type CheckpointApproval struct {
	JobID common.Hash `json:"job_id"`
	// Round numbers go up per job; a job's first round may be 0.
	Round uint64 `json:"round"`
	// CheckpointHash identifies the model (federated.ModelHash); it is
	// accepted at most once, across all jobs.
	CheckpointHash common.Hash `json:"checkpoint_hash"`
	ModelCID       string      `json:"model_cid"`
}

// ApprovalVote is one approver's signature of a CheckpointApproval.
type ApprovalVote struct {
	Approver  common.Address `json:"approver"`
	Signature hexutil.Bytes  `json:"signature"`
}

// Checkpoint is an accepted checkpoint as the registry holds it.
type Checkpoint struct {
	Hash       common.Hash `json:"hash"`
	JobID      common.Hash `json:"job_id"`
	Round      uint64      `json:"round"`
	AcceptedAt time.Time   `json:"accepted_at"`
}

var approvalFields = []apitypes.Type{
	{Name: "jobId", Type: "bytes32"},
	{Name: "round", Type: "uint64"},
	{Name: "checkpointHash", Type: "bytes32"},
	{Name: "modelCid", Type: "string"},
}

// requireCheckpoints fails when the client knows no checkpoint registry.
func (c *Client) requireCheckpoints(action string) error {
	if c.addrs.Checkpoints == (common.Address{}) {
		return fmt.Errorf("%s: %w: this deployment has no checkpoint registry: deploy it (Client.DeployCheckpoints; dmlrun devnet does on start) and set its address in the config", action, ErrNotDeployed)
	}
	return nil
}

// ApprovalDigest is what each approver signs to accept a.
func (c *Client) ApprovalDigest(a CheckpointApproval) (common.Hash, error) {
	return typedDigest(checkpointsDomainName, c.chainID, c.addrs.Checkpoints, "CheckpointApproval", approvalFields, apitypes.TypedDataMessage{
		"jobId":          hexutil.Bytes(a.JobID[:]),
		"round":          fmt.Sprint(a.Round),
		"checkpointHash": hexutil.Bytes(a.CheckpointHash[:]),
		"modelCid":       a.ModelCID,
	})
}

// SignApproval is an approver's vote to accept a.
func (c *Client) SignApproval(approver *Signer, a CheckpointApproval) (ApprovalVote, error) {
	if err := c.requireCheckpoints("sign approval"); err != nil {
		return ApprovalVote{}, err
	}
	d, err := c.ApprovalDigest(a)
	if err != nil {
		return ApprovalVote{}, err
	}
	sig, err := approver.SignHash(d[:])
	if err != nil {
		return ApprovalVote{}, err
	}
	return ApprovalVote{Approver: approver.Address, Signature: sig}, nil
}

// CheckpointAccepted reads where and when a checkpoint was accepted; false
// when it never was.
func (c *Client) CheckpointAccepted(ctx context.Context, hash common.Hash) (Checkpoint, bool, error) {
	if err := c.requireCheckpoints("read checkpoint"); err != nil {
		return Checkpoint{}, false, err
	}
	raw, err := c.ckpt.CallRaw(c.callOpts(ctx), c.ckptABI.PackCheckpointOf(hash))
	if err != nil {
		return Checkpoint{}, false, chainError("read checkpoint", err)
	}
	cp, err := c.ckptABI.UnpackCheckpointOf(raw)
	if err != nil {
		return Checkpoint{}, false, fmt.Errorf("read checkpoint: %w", err)
	}
	if cp.JobId == ([32]byte{}) {
		return Checkpoint{}, false, nil
	}
	return Checkpoint{Hash: hash, JobID: cp.JobId, Round: cp.Round, AcceptedAt: time.Unix(int64(cp.AcceptedAt), 0).UTC()}, true, nil
}

// NextRound is the lowest round the job's next checkpoint may have.
func (c *Client) NextRound(ctx context.Context, jobID common.Hash) (uint64, error) {
	if err := c.requireCheckpoints("read next round"); err != nil {
		return 0, err
	}
	raw, err := c.ckpt.CallRaw(c.callOpts(ctx), c.ckptABI.PackNextRound(jobID))
	if err != nil {
		return 0, chainError("read next round", err)
	}
	return c.ckptABI.UnpackNextRound(raw)
}

// ApproveCheckpoint records a as accepted with votes from at least the job's
// quorum of verifiers (anyone may send it; votes are sorted by approver as
// the registry wants). A checkpoint already accepted for the same job and
// round sends nothing; accepted for another job or round, it is refused
// with ErrCheckpointAccepted.
func (c *Client) ApproveCheckpoint(ctx context.Context, from *Signer, a CheckpointApproval, votes []ApprovalVote) (TxInfo, error) {
	if err := c.requireCheckpoints("approve checkpoint"); err != nil {
		return TxInfo{}, err
	}
	if a.CheckpointHash == (common.Hash{}) || a.ModelCID == "" {
		return TxInfo{}, fmt.Errorf("approve checkpoint: %w: checkpoint hash and model CID are required", ErrInvalidInput)
	}
	prev, seen, err := c.CheckpointAccepted(ctx, a.CheckpointHash)
	if err != nil {
		return TxInfo{}, err
	}
	if seen {
		if prev.JobID == a.JobID && prev.Round == a.Round {
			return TxInfo{}, nil
		}
		return TxInfo{}, fmt.Errorf("approve checkpoint %s: %w in job %s round %d: a checkpoint is accepted once: train a new one",
			a.CheckpointHash, ErrCheckpointAccepted, prev.JobID, prev.Round)
	}
	d, err := c.ApprovalDigest(a)
	if err != nil {
		return TxInfo{}, err
	}
	sorted := append([]ApprovalVote(nil), votes...)
	for _, v := range sorted {
		signer, err := recoverSigner(d[:], v.Signature)
		if err != nil || signer != v.Approver {
			return TxInfo{}, fmt.Errorf("approve checkpoint: %w: vote of %s does not verify: have the approver sign this job, round, checkpoint and model CID", ErrBadSignature, v.Approver)
		}
	}
	sort.Slice(sorted, func(i, j int) bool { return bytes.Compare(sorted[i].Approver[:], sorted[j].Approver[:]) < 0 })
	sigs := make([][]byte, len(sorted))
	for i, v := range sorted {
		sigs[i] = v.Signature
	}
	return c.send(ctx, "approve checkpoint", from, c.ckpt, c.ckptABI.PackApproveCheckpoint(a.JobID, a.Round, a.CheckpointHash, a.ModelCID, sigs))
}
