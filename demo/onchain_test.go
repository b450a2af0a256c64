package demo

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/decentralized-ml/dml/marketplace"
	"github.com/decentralized-ml/dml/marketplace/bindings/checkpoints"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// TestCheckpointsAndReportOnChain: every accepted round's model is an
// accepted checkpoint of its job on chain, the report CID is recorded for
// every job, summary.json says so, and the chain refuses a checkpoint
// approved again, in another job.
func TestCheckpointsAndReportOnChain(t *testing.T) {
	res, cfg := subsetRun(t)
	ctx := context.Background()
	c, s := res.Client, res.Summary
	raw, err := os.ReadFile(filepath.Join(cfg.OutDir, "summary.json"))
	if err != nil {
		t.Fatal(err)
	}
	var file struct {
		OnChain   bool      `json:"report_cid_on_chain"`
		ReportTxs []ChainTx `json:"report_txs"`
	}
	if err := json.Unmarshal(raw, &file); err != nil || !file.OnChain || len(file.ReportTxs) != len(res.Jobs) {
		t.Fatalf("summary.json: report_cid_on_chain %v, %d report txs for %d jobs (%v)", file.OnChain, len(file.ReportTxs), len(res.Jobs), err)
	}
	for i, j := range res.Jobs {
		got, err := c.ReportOf(ctx, j)
		if err != nil || got != s.ReportCID || s.ReportCID == "" {
			t.Errorf("job %d: ReportOf %q (%v), report CID %q", i+1, got, err, s.ReportCID)
		}
		if file.ReportTxs[i].Tx == "" || file.ReportTxs[i].Gas == 0 {
			t.Errorf("job %d: report tx %+v", i+1, file.ReportTxs[i])
		}
	}
	accepted := 0
	for _, m := range s.RoundMetrics {
		if m.Accepted {
			accepted++
		}
	}
	if accepted == 0 || len(s.Checkpoints) != accepted {
		t.Fatalf("%d rounds accepted, %d checkpoints on chain", accepted, len(s.Checkpoints))
	}
	for _, ct := range s.Checkpoints {
		cp, ok, err := c.CheckpointAccepted(ctx, common.HexToHash(ct.Checkpoint))
		if err != nil || !ok || cp.JobID.Hex() != ct.Job || cp.Round != ct.Round || ct.Gas == 0 {
			t.Errorf("checkpoint %+v reads back %+v, %v, %v", ct, cp, ok, err)
		}
	}

	// The first checkpoint again, in the last round's job: the client
	// refuses it, and so does the contract when asked directly.
	first := s.Checkpoints[0]
	a := marketplace.CheckpointApproval{JobID: res.Jobs[len(res.Jobs)-1], Round: uint64(len(res.Jobs) + 1),
		CheckpointHash: common.HexToHash(first.Checkpoint), ModelCID: first.ModelCID}
	var votes []marketplace.ApprovalVote
	var sigs [][]byte
	for _, ap := range res.Approvers[:ApprovalQuorum] {
		v, err := c.SignApproval(ap, a)
		if err != nil {
			t.Fatal(err)
		}
		votes, sigs = append(votes, v), append(sigs, v.Signature)
	}
	if _, err := c.ApproveCheckpoint(ctx, res.Approvers[0], a, votes); !errors.Is(err, marketplace.ErrCheckpointAccepted) {
		t.Errorf("re-approving checkpoint %s: %v, want %v", first.Checkpoint, err, marketplace.ErrCheckpointAccepted)
	}
	to := c.Addresses().Checkpoints
	data := checkpoints.NewCheckpointRegistry().PackApproveCheckpoint(a.JobID, a.Round, a.CheckpointHash, a.ModelCID, sigs)
	_, err = c.Backend().CallContract(ctx, ethereum.CallMsg{From: res.Approvers[0].Address, To: &to, Data: data}, nil)
	var de rpc.DataError
	if !errors.As(err, &de) {
		t.Fatalf("the contract accepted checkpoint %s twice (call error %v)", first.Checkpoint, err)
	}
	hexData, _ := de.ErrorData().(string)
	revert, _ := hexutil.Decode(hexData)
	if re := marketplace.DecodeRevert(revert); re == nil || re.Name != "CheckpointAlreadyAccepted" {
		t.Errorf("the contract refused the repeat with %v (%s), want CheckpointAlreadyAccepted", re, hexData)
	}
	// The same approval as before sends nothing.
	same := marketplace.CheckpointApproval{JobID: common.HexToHash(first.Job), Round: first.Round, CheckpointHash: a.CheckpointHash, ModelCID: first.ModelCID}
	if info, err := c.ApproveCheckpoint(ctx, res.Approvers[0], same, nil); err != nil || info.Sent {
		t.Errorf("approving checkpoint %s again for its own round: sent %v, %v", first.Checkpoint, info.Sent, err)
	}
}
