package marketplace

import (
	"context"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// approvalWorld is a deployed marketplace with two jobs whose three
// verifiers approve at quorum 2, and one job without verifiers.
type approvalWorld struct {
	*world
	jobA, jobB, bare common.Hash
}

func newApprovalWorld(t *testing.T) *approvalWorld {
	t.Helper()
	w := &approvalWorld{world: newWorld(t, newSimChain(t))}
	post := func(label string, verifiers bool) common.Hash {
		spec := w.spec(t, label, 1)
		if verifiers {
			for _, v := range w.verifiers {
				spec.Verifiers = append(spec.Verifiers, v.Address)
			}
			spec.Quorum = 2
		}
		j, _, err := w.c.PostJob(context.Background(), w.customer, spec)
		if err != nil {
			t.Fatal(err)
		}
		return j.ID
	}
	w.jobA, w.jobB, w.bare = post("checkpoints a", true), post("checkpoints b", true), post("checkpoints bare", false)
	return w
}

func (w *approvalWorld) vote(t *testing.T, s *Signer, a CheckpointApproval) ApprovalVote {
	t.Helper()
	v, err := w.c.SignApproval(s, a)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// rawApprove sends the approval as given, without the client's checks, so
// that the contract's own refusals are tested.
func (w *approvalWorld) rawApprove(a CheckpointApproval, votes ...ApprovalVote) error {
	sigs := make([][]byte, len(votes))
	for i, v := range votes {
		sigs[i] = v.Signature
	}
	_, err := w.c.send(context.Background(), "raw approve", w.outsider, w.c.ckpt, w.c.ckptABI.PackApproveCheckpoint(a.JobID, a.Round, a.CheckpointHash, a.ModelCID, sigs))
	return err
}

func ckptHash(s string) common.Hash { return crypto.Keccak256Hash([]byte("checkpoint " + s)) }

func revertName(err error) string {
	var re *RevertError
	if errors.As(err, &re) {
		return re.Name
	}
	return ""
}

func TestApprovalDigestMatchesContract(t *testing.T) {
	w := newApprovalWorld(t)
	for _, a := range []CheckpointApproval{
		{JobID: w.jobA, Round: 0, CheckpointHash: ckptHash("zero"), ModelCID: "bafkreimodel"},
		{JobID: w.jobB, Round: 7, CheckpointHash: ckptHash("seven"), ModelCID: "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi"},
		{JobID: common.Hash{}, Round: ^uint64(0), CheckpointHash: common.Hash{}, ModelCID: "ünïcode"},
	} {
		raw, err := w.c.ckpt.CallRaw(w.c.callOpts(context.Background()), w.c.ckptABI.PackApprovalDigest(a.JobID, a.Round, a.CheckpointHash, a.ModelCID))
		if err != nil {
			t.Fatal(err)
		}
		want, err := w.c.ckptABI.UnpackApprovalDigest(raw)
		if err != nil {
			t.Fatal(err)
		}
		got, err := w.c.ApprovalDigest(a)
		if err != nil {
			t.Fatal(err)
		}
		if got != common.Hash(want) {
			t.Errorf("round %d: Go digest %s, contract %x", a.Round, got, want)
		}
	}
}

func TestApproveCheckpoint(t *testing.T) {
	w := newApprovalWorld(t)
	ctx := context.Background()
	v0, v1, v2 := w.verifiers[0], w.verifiers[1], w.verifiers[2]
	first := CheckpointApproval{JobID: w.jobA, Round: 1, CheckpointHash: ckptHash("r1"), ModelCID: "bafkreimodel1"}
	votes := func(a CheckpointApproval, ss ...*Signer) []ApprovalVote {
		var out []ApprovalVote
		for _, s := range ss {
			out = append(out, w.vote(t, s, a))
		}
		return out
	}
	forged := w.vote(t, v0, first)
	forged.Approver = v1.Address
	otherCID := first
	otherCID.ModelCID = "bafkreiother"

	// In order: each case sees the chain the cases before it left.
	cases := []struct {
		name     string
		a        CheckpointApproval
		votes    []ApprovalVote
		raw      bool // send without the client's checks
		want     error
		wantName string
		sent     bool
	}{
		{name: "quorum unmet", a: first, votes: votes(first, v0), want: ErrApprovalRefused, wantName: "ApprovalQuorumNotReached"},
		{name: "non-approver", a: first, votes: votes(first, v0, w.outsider), want: ErrApprovalRefused, wantName: "NotApprover"},
		{name: "duplicate signer", a: first, votes: votes(first, v0, v0), want: ErrApprovalRefused, wantName: "ApproversNotSorted"},
		{name: "duplicate signer, raw", a: first, votes: votes(first, v1, v1), raw: true, want: ErrApprovalRefused, wantName: "ApproversNotSorted"},
		{name: "forged vote", a: first, votes: []ApprovalVote{forged, w.vote(t, v2, first)}, want: ErrBadSignature},
		{name: "votes for another model CID", a: first, votes: votes(otherCID, v0, v1), want: ErrBadSignature},
		{name: "votes for another model CID, raw", a: first, votes: votes(otherCID, v0, v1), raw: true, want: ErrApprovalRefused, wantName: "NotApprover"},
		{name: "job without verifiers", a: CheckpointApproval{JobID: w.bare, Round: 1, CheckpointHash: ckptHash("bare"), ModelCID: "bafkreibare"},
			votes: votes(CheckpointApproval{JobID: w.bare, Round: 1, CheckpointHash: ckptHash("bare"), ModelCID: "bafkreibare"}, v0, v1), want: ErrApprovalRefused, wantName: "NoApprovers"},
		{name: "unknown job", a: CheckpointApproval{JobID: ckptHash("no job"), Round: 1, CheckpointHash: ckptHash("nojob"), ModelCID: "bafkreino"},
			votes: votes(CheckpointApproval{JobID: ckptHash("no job"), Round: 1, CheckpointHash: ckptHash("nojob"), ModelCID: "bafkreino"}, v0, v1), want: ErrJobNotFound, wantName: "JobNotFound"},
		{name: "empty model CID", a: CheckpointApproval{JobID: w.jobA, Round: 1, CheckpointHash: ckptHash("e")}, want: ErrInvalidInput},
		{name: "quorum met, votes unsorted", a: first, votes: votes(first, v2, v0), sent: true},
		{name: "same job and round again sends nothing", a: first, votes: votes(first, v0, v1)},
		{name: "repeat in a later round", a: CheckpointApproval{JobID: w.jobA, Round: 2, CheckpointHash: first.CheckpointHash, ModelCID: "bafkreimodel1"},
			votes: votes(CheckpointApproval{JobID: w.jobA, Round: 2, CheckpointHash: first.CheckpointHash, ModelCID: "bafkreimodel1"}, v0, v1), want: ErrCheckpointAccepted},
		{name: "repeat in a later round, raw", a: CheckpointApproval{JobID: w.jobA, Round: 2, CheckpointHash: first.CheckpointHash, ModelCID: "bafkreimodel1"},
			votes: votes(CheckpointApproval{JobID: w.jobA, Round: 2, CheckpointHash: first.CheckpointHash, ModelCID: "bafkreimodel1"}, v0, v1), raw: true, want: ErrCheckpointAccepted, wantName: "CheckpointAlreadyAccepted"},
		{name: "repeat in another job", a: CheckpointApproval{JobID: w.jobB, Round: 1, CheckpointHash: first.CheckpointHash, ModelCID: "bafkreimodel1"},
			votes: votes(CheckpointApproval{JobID: w.jobB, Round: 1, CheckpointHash: first.CheckpointHash, ModelCID: "bafkreimodel1"}, v0, v1), want: ErrCheckpointAccepted},
		{name: "repeat in another job, raw", a: CheckpointApproval{JobID: w.jobB, Round: 1, CheckpointHash: first.CheckpointHash, ModelCID: "bafkreimodel1"},
			votes: votes(CheckpointApproval{JobID: w.jobB, Round: 1, CheckpointHash: first.CheckpointHash, ModelCID: "bafkreimodel1"}, v0, v1), raw: true, want: ErrCheckpointAccepted, wantName: "CheckpointAlreadyAccepted"},
		{name: "round not above the last", a: CheckpointApproval{JobID: w.jobA, Round: 1, CheckpointHash: ckptHash("r1 bis"), ModelCID: "bafkreibis"},
			votes: votes(CheckpointApproval{JobID: w.jobA, Round: 1, CheckpointHash: ckptHash("r1 bis"), ModelCID: "bafkreibis"}, v0, v1), want: ErrRoundNotIncreasing, wantName: "RoundNotIncreasing"},
		{name: "all three approve the next round", a: CheckpointApproval{JobID: w.jobA, Round: 3, CheckpointHash: ckptHash("r3"), ModelCID: "bafkreimodel3"},
			votes: votes(CheckpointApproval{JobID: w.jobA, Round: 3, CheckpointHash: ckptHash("r3"), ModelCID: "bafkreimodel3"}, v0, v1, v2), sent: true},
		{name: "another job keeps its own rounds", a: CheckpointApproval{JobID: w.jobB, Round: 0, CheckpointHash: ckptHash("b0"), ModelCID: "bafkreib0"},
			votes: votes(CheckpointApproval{JobID: w.jobB, Round: 0, CheckpointHash: ckptHash("b0"), ModelCID: "bafkreib0"}, v1, v2), sent: true},
	}
	for _, tc := range cases {
		var info TxInfo
		var err error
		if tc.raw {
			err = w.rawApprove(tc.a, tc.votes...)
			info.Sent = err == nil
		} else {
			info, err = w.c.ApproveCheckpoint(ctx, w.outsider, tc.a, tc.votes)
		}
		if tc.want != nil {
			if !errors.Is(err, tc.want) || revertName(err) != tc.wantName {
				t.Errorf("%s: error %v (revert %q), want %v (revert %q)", tc.name, err, revertName(err), tc.want, tc.wantName)
			}
			continue
		}
		if err != nil || info.Sent != tc.sent {
			t.Errorf("%s: sent %v, error %v; want sent %v", tc.name, info.Sent, err, tc.sent)
			continue
		}
		if info.Sent {
			t.Logf("%s: %d gas (%d votes)", tc.name, info.GasUsed, len(tc.votes))
		}
		cp, ok, err := w.c.CheckpointAccepted(ctx, tc.a.CheckpointHash)
		if err != nil || !ok || cp.JobID != tc.a.JobID || cp.Round != tc.a.Round || cp.AcceptedAt.IsZero() {
			t.Errorf("%s: checkpoint reads back %+v, %v, %v", tc.name, cp, ok, err)
		}
		if next, err := w.c.NextRound(ctx, tc.a.JobID); err != nil || next != tc.a.Round+1 {
			t.Errorf("%s: next round %d, %v; want %d", tc.name, next, err, tc.a.Round+1)
		}
	}
	if _, ok, err := w.c.CheckpointAccepted(ctx, ckptHash("never")); ok || err != nil {
		t.Errorf("a checkpoint never approved reads as accepted (%v, %v)", ok, err)
	}
}

func TestCheckpointsWithoutRegistry(t *testing.T) {
	w := newWorld(t, newSimChain(t))
	ctx := context.Background()
	old := w.c.Addresses()
	old.Checkpoints = common.Address{}
	c, err := Connect(ctx, w.chain.backend, old, w.chain.opts...)
	if err != nil {
		t.Fatalf("a deployment without a checkpoint registry must still connect: %v", err)
	}
	if _, err := c.ReportOf(ctx, common.Hash{1}); !errors.Is(err, ErrNotDeployed) {
		t.Fatalf("ReportOf without a registry: %v, want %v", err, ErrNotDeployed)
	}
	if _, _, err := c.CheckpointAccepted(ctx, common.Hash{1}); !errors.Is(err, ErrNotDeployed) {
		t.Fatalf("CheckpointAccepted without a registry: %v, want %v", err, ErrNotDeployed)
	}
	c2, info, err := c.DeployCheckpoints(ctx, w.deployer)
	if err != nil || !info.Sent {
		t.Fatalf("deploy checkpoints: sent %v, %v", info.Sent, err)
	}
	if c2.Addresses().Checkpoints == (common.Address{}) || c2.Addresses().Escrow != old.Escrow {
		t.Fatalf("addresses after DeployCheckpoints: %+v", c2.Addresses())
	}
	if got, err := c2.ReportOf(ctx, common.Hash{1}); err != nil || got != "" {
		t.Fatalf("ReportOf on the new registry: %q, %v", got, err)
	}
	if c3, info, err := c2.DeployCheckpoints(ctx, w.deployer); err != nil || info.Sent || c3 != c2 {
		t.Fatalf("a second DeployCheckpoints sent %v, %v", info.Sent, err)
	}
	bad := old
	bad.Checkpoints = w.customer.Address
	if _, err := Connect(ctx, w.chain.backend, bad, w.chain.opts...); !errors.Is(err, ErrNotDeployed) {
		t.Fatalf("Connect with a checkpoint registry address without code: %v, want %v", err, ErrNotDeployed)
	}
}
