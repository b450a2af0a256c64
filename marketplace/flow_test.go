package marketplace

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// scenario is one contract path, run on a fresh job of a shared world; each
// ends with every job resolved and the ledger invariant checked.
type scenario struct {
	name string
	run  func(t *testing.T, w *world)
}

// scenarios are shared by the simulated backend tests and the geth e2e.
var scenarios = []scenario{
	{"happy path: post claim submit settle refund", scenarioHappy},
	{"idempotent retries never pay twice", scenarioIdempotent},
	{"faults refused with named errors", scenarioFaults},
	{"verifiers void a receipt", scenarioVoid},
	{"batch settlement", scenarioBatch},
}

func TestScenariosSimulated(t *testing.T) {
	w := newWorld(t, newSimChain(t))
	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) { s.run(t, w) })
	}
}

func scenarioHappy(t *testing.T, w *world) {
	ctx := context.Background()
	led := w.ledger(t)
	spec := w.spec(t, "happy", 3)
	job, txs, err := w.c.PostJob(ctx, w.customer, spec)
	if err != nil {
		t.Fatal(err)
	}
	led.jobs = append(led.jobs, job.ID)
	wantDeposit := big.NewInt(3 * (3_000_000 + 1000 + 75_000))
	if job.Deposit.Cmp(wantDeposit) != 0 || len(txs) != 2 {
		t.Fatalf("deposit %s (want %s), %d txs (want approve+post)", job.Deposit, wantDeposit, len(txs))
	}
	for _, d := range w.devices[:3] {
		if _, err := w.c.Claim(ctx, d, job.ID); err != nil {
			t.Fatal(err)
		}
	}
	// dev0 used 400k gas; dev1 ran out of gas and overshot the limit (paid
	// the limit); dev2 claimed and never submitted.
	r0 := w.signed(t, job.ID, w.devices[0], runReceipt("r", 400_000, 1_000_000))
	r1 := w.signed(t, job.ID, w.devices[1], runReceipt("r", 1_000_007, 1_000_000))
	id0, _, err := w.c.SubmitReceipt(ctx, w.outsider, r0)
	if err != nil {
		t.Fatal(err)
	}
	id1, _, err := w.c.SubmitReceipt(ctx, w.devices[1], r1)
	if err != nil {
		t.Fatal(err)
	}
	_, err = w.c.Settle(ctx, w.outsider, id0)
	mustIs(t, err, ErrChallengeWindowOpen)
	w.chain.advance(t, w.chain.window)
	if _, err := w.c.Settle(ctx, w.outsider, id0); err != nil {
		t.Fatal(err)
	}
	if _, err := w.c.SettleBatch(ctx, w.outsider, []common.Hash{id0, id1}); err != nil {
		t.Fatal(err)
	}
	if got := led.delta(t, w.devices[0].Address); got.Cmp(big.NewInt(1_200_000)) != 0 {
		t.Errorf("dev0 paid %s, want 1200000", got)
	}
	if got := led.delta(t, w.devices[1].Address); got.Cmp(big.NewInt(3_000_000)) != 0 {
		t.Errorf("dev1 paid %s, want 3000000 (capped at the gas limit)", got)
	}
	if got := led.delta(t, w.author.Address); got.Cmp(big.NewInt(2000+30_000+75_000)) != 0 {
		t.Errorf("author paid %s, want 107000", got)
	}
	_, _, err = w.c.Refund(ctx, w.customer, job.ID)
	mustIs(t, err, ErrJobNotExpired)
	w.pastDeadline(t, job.Deadline)
	amount, _, err := w.c.Refund(ctx, w.outsider, job.ID)
	if err != nil {
		t.Fatal(err)
	}
	if want := new(big.Int).Sub(wantDeposit, big.NewInt(1_200_000+3_000_000+107_000)); amount.Cmp(want) != 0 {
		t.Errorf("refund %s, want %s", amount, want)
	}
	led.check(t)
}

func scenarioIdempotent(t *testing.T, w *world) {
	ctx := context.Background()
	led := w.ledger(t)
	spec := w.spec(t, "idempotent", 1)
	job, _, err := w.c.PostJob(ctx, w.customer, spec)
	if err != nil {
		t.Fatal(err)
	}
	led.jobs = append(led.jobs, job.ID)
	again, txs, err := w.c.PostJob(ctx, w.customer, spec)
	if err != nil || len(txs) != 0 || again.ID != job.ID {
		t.Fatalf("second post: %v, %d txs", err, len(txs))
	}
	// Another customer cannot take the id.
	_, _, err = w.c.PostJob(ctx, w.outsider, spec)
	mustIs(t, err, ErrJobExists)
	// On chain, a second post of the id is refused.
	_, err = w.c.send(ctx, "post", w.customer, w.c.escrow, w.c.escrowABI.PackPostJob(jobInput(spec)))
	mustIs(t, err, ErrJobExists)
	// An allowance that covers the deposit is not set again.
	if _, err := w.c.send(ctx, "approve", w.customer, w.c.token, w.c.tokenABI.PackApprove(w.c.Addresses().Escrow, big.NewInt(1<<40))); err != nil {
		t.Fatal(err)
	}
	spec2 := w.spec(t, "idempotent-2", 1)
	job2, txs, err := w.c.PostJob(ctx, w.customer, spec2)
	if err != nil || len(txs) != 1 {
		t.Fatalf("post with allowance set: %v, %d txs (want the post alone)", err, len(txs))
	}
	led.jobs = append(led.jobs, job2.ID)

	dev := w.devices[0]
	for range 2 {
		if _, err := w.c.Claim(ctx, dev, job.ID); err != nil {
			t.Fatal(err)
		}
	}
	_, err = w.c.send(ctx, "claim", dev, w.c.escrow, w.c.escrowABI.PackClaim(job.ID))
	mustIs(t, err, ErrAlreadyClaimed)
	r := w.signed(t, job.ID, dev, runReceipt("r", 10, 1_000_000))
	id, _, err := w.c.SubmitReceipt(ctx, dev, r)
	if err != nil {
		t.Fatal(err)
	}
	if id2, info, err := w.c.SubmitReceipt(ctx, dev, r); err != nil || info.Sent || id2 != id {
		t.Fatalf("second submit: %v sent=%v", err, info.Sent)
	}
	_, err = w.c.send(ctx, "submit", dev, w.c.escrow, w.c.escrowABI.PackSubmitReceipt(r.input(), r.Signature))
	mustIs(t, err, ErrReceiptReplayed)
	// A second, different receipt for the same slot is refused too.
	other := w.signed(t, job.ID, dev, runReceipt("other", 10, 1_000_000))
	_, err = w.c.send(ctx, "submit", dev, w.c.escrow, w.c.escrowABI.PackSubmitReceipt(other.input(), other.Signature))
	mustIs(t, err, ErrReceiptReplayed)

	w.chain.advance(t, w.chain.window)
	for range 2 {
		if _, err := w.c.Settle(ctx, w.outsider, id); err != nil {
			t.Fatal(err)
		}
	}
	_, err = w.c.send(ctx, "settle", w.outsider, w.c.escrow, w.c.escrowABI.PackSettle(id))
	mustIs(t, err, ErrAlreadySettled)
	// A retried batch skips what is settled, on chain as well.
	if _, err := w.c.send(ctx, "settle", w.outsider, w.c.escrow, w.c.escrowABI.PackSettleBatch([][32]byte{id})); err != nil {
		t.Fatal(err)
	}
	w.pastDeadline(t, job2.Deadline)
	for _, j := range []common.Hash{job.ID, job2.ID} {
		if _, _, err := w.c.Refund(ctx, w.customer, j); err != nil {
			t.Fatal(err)
		}
		amount, info, err := w.c.Refund(ctx, w.customer, j)
		if err != nil || info.Sent || amount.Sign() != 0 {
			t.Fatalf("second refund: %v, sent %v, amount %s", err, info.Sent, amount)
		}
		_, err = w.c.send(ctx, "refund", w.customer, w.c.escrow, w.c.escrowABI.PackRefund(j))
		mustIs(t, err, ErrNothingToRefund)
	}
	led.check(t)
}

func scenarioFaults(t *testing.T, w *world) {
	ctx := context.Background()
	led := w.ledger(t)
	esc := w.c.Addresses().Escrow

	// Insufficient balance: refused before any transaction.
	_, txs, err := w.c.PostJob(ctx, w.poor, w.spec(t, "poor", 1))
	mustIs(t, err, ErrInsufficientBalance)
	if len(txs) != 0 {
		t.Fatalf("%d transactions sent for a job that cannot be paid", len(txs))
	}
	// Insufficient allowance, straight to the contract.
	if _, err := w.c.Transfer(ctx, w.customer, w.poor.Address, big.NewInt(10_000_000)); err != nil {
		t.Fatal(err)
	}
	_, err = w.c.send(ctx, "post", w.poor, w.c.escrow, w.c.escrowABI.PackPostJob(jobInput(w.spec(t, "poor-raw", 1))))
	mustIs(t, err, ErrInsufficientAllowance)
	if _, err := w.c.Transfer(ctx, w.poor, w.customer.Address, big.NewInt(10_000_000)); err != nil {
		t.Fatal(err)
	}
	// Gas price under the listing's minimum; unknown listing.
	low := w.spec(t, "low", 1)
	low.GasPrice = big.NewInt(1)
	_, _, err = w.c.PostJob(ctx, w.customer, low)
	mustIs(t, err, ErrGasPriceTooLow)
	nolist := w.spec(t, "nolist", 1)
	nolist.ListingID = common.Hash{1}
	_, _, err = w.c.PostJob(ctx, w.customer, nolist)
	mustIs(t, err, ErrListingNotFound)
	bad := w.spec(t, "quorum", 1)
	bad.Verifiers, bad.Quorum = []common.Address{w.verifiers[0].Address}, 2
	_, _, err = w.c.PostJob(ctx, w.customer, bad)
	mustIs(t, err, ErrInvalidInput)

	spec := w.spec(t, "faults", 1)
	job, _, err := w.c.PostJob(ctx, w.customer, spec)
	if err != nil {
		t.Fatal(err)
	}
	led.jobs = append(led.jobs, job.ID)
	dev := w.devices[0]
	// Submit before claiming.
	r := w.signed(t, job.ID, dev, runReceipt("r", 10, 1_000_000))
	_, _, err = w.c.SubmitReceipt(ctx, dev, r)
	mustIs(t, err, ErrSlotNotClaimed)
	if _, err := w.c.Claim(ctx, dev, job.ID); err != nil {
		t.Fatal(err)
	}
	_, err = w.c.Claim(ctx, w.devices[1], job.ID)
	mustIs(t, err, ErrNoSlotLeft)
	// Signed by another key: refused in Go and on chain.
	forged := *r
	forged.Signature = append([]byte(nil), w.signed(t, job.ID, w.devices[1], runReceipt("r", 10, 1_000_000)).Signature...)
	_, _, err = w.c.SubmitReceipt(ctx, dev, &forged)
	mustIs(t, err, ErrBadSignature)
	_, err = w.c.send(ctx, "submit", dev, w.c.escrow, w.c.escrowABI.PackSubmitReceipt(forged.input(), forged.Signature))
	mustIs(t, err, ErrBadSignature)
	// A tampered field (more gas) breaks the signature.
	tampered := *r
	tampered.GasUsed = 999_999
	mustIs(t, tampered.Verify(w.c.ChainID(), esc), ErrBadSignature)
	_, err = w.c.send(ctx, "submit", dev, w.c.escrow, w.c.escrowABI.PackSubmitReceipt(tampered.input(), tampered.Signature))
	mustIs(t, err, ErrBadSignature)
	// Run with more gas than the job allows.
	over := w.signed(t, job.ID, dev, runReceipt("r", 10, 2_000_000))
	_, _, err = w.c.SubmitReceipt(ctx, dev, over)
	mustIs(t, err, ErrReceiptOverGasLimit)
	_, err = w.c.send(ctx, "submit", dev, w.c.escrow, w.c.escrowABI.PackSubmitReceipt(over.input(), over.Signature))
	mustIs(t, err, ErrReceiptOverGasLimit)
	// Past the deadline: no claim, no submit; the customer gets it all back.
	w.pastDeadline(t, job.Deadline)
	_, err = w.c.Claim(ctx, w.devices[2], job.ID)
	mustIs(t, err, ErrJobExpired)
	_, _, err = w.c.SubmitReceipt(ctx, dev, r)
	mustIs(t, err, ErrJobExpired)
	amount, _, err := w.c.Refund(ctx, w.outsider, job.ID)
	if err != nil {
		t.Fatal(err)
	}
	if amount.Cmp(job.Deposit) != 0 {
		t.Errorf("refund %s, want the whole deposit %s", amount, job.Deposit)
	}
	// A deadline in the past is refused at post.
	_, _, err = w.c.PostJob(ctx, w.customer, func() JobSpec { s := w.spec(t, "late", 1); s.Deadline = s.Deadline.Add(-w.chain.window * 12); return s }())
	mustIs(t, err, ErrJobExpired)
	led.check(t)
}

func scenarioVoid(t *testing.T, w *world) {
	ctx := context.Background()
	led := w.ledger(t)
	spec := w.spec(t, "void", 2)
	for _, v := range w.verifiers {
		spec.Verifiers = append(spec.Verifiers, v.Address)
	}
	spec.Quorum = 2
	job, _, err := w.c.PostJob(ctx, w.customer, spec)
	if err != nil {
		t.Fatal(err)
	}
	led.jobs = append(led.jobs, job.ID)
	var ids []common.Hash
	for _, d := range w.devices[:2] {
		if _, err := w.c.Claim(ctx, d, job.ID); err != nil {
			t.Fatal(err)
		}
		id, _, err := w.c.SubmitReceipt(ctx, d, w.signed(t, job.ID, d, runReceipt("claimed", 500_000, 1_000_000)))
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	truth := common.BytesToHash([]byte("re-executed result"))
	claimed, _ := w.c.Receipt(ctx, ids[0])
	vote := func(v *Signer, h common.Hash) VoidVote { return voteOn(t, w, ids[0], v, h) }
	_, err = w.c.Void(ctx, w.outsider, ids[0], truth, []VoidVote{vote(w.verifiers[0], truth)})
	mustIs(t, err, ErrVoidRefused) // quorum not reached
	_, err = w.c.Void(ctx, w.outsider, ids[0], claimed.ResultHash, []VoidVote{vote(w.verifiers[0], claimed.ResultHash), vote(w.verifiers[1], claimed.ResultHash)})
	mustIs(t, err, ErrVoidRefused) // same result: nothing to void
	_, err = w.c.Void(ctx, w.outsider, ids[0], truth, []VoidVote{vote(w.verifiers[0], truth), vote(w.outsider, truth)})
	mustIs(t, err, ErrVoidRefused) // not a verifier
	if _, err := w.c.Void(ctx, w.outsider, ids[0], truth, []VoidVote{vote(w.verifiers[2], truth), vote(w.verifiers[0], truth)}); err != nil {
		t.Fatal(err)
	}
	if rec, _ := w.c.Receipt(ctx, ids[0]); rec.State != ReceiptVoided {
		t.Fatalf("receipt state %s, want voided", rec.State)
	}
	w.chain.advance(t, w.chain.window)
	_, err = w.c.Settle(ctx, w.outsider, ids[0])
	mustIs(t, err, ErrReceiptVoided)
	_, err = w.c.Void(ctx, w.outsider, ids[1], truth, []VoidVote{voteOn(t, w, ids[1], w.verifiers[0], truth), voteOn(t, w, ids[1], w.verifiers[1], truth)})
	mustIs(t, err, ErrChallengeWindowClosed)
	if _, err := w.c.SettleBatch(ctx, w.outsider, ids); err != nil {
		t.Fatal(err)
	}
	w.pastDeadline(t, job.Deadline)
	amount, _, err := w.c.Refund(ctx, w.customer, job.ID)
	if err != nil {
		t.Fatal(err)
	}
	// The voided receipt's share comes back to the customer.
	if want := new(big.Int).Sub(job.Deposit, big.NewInt(1_500_000+1000+37_500)); amount.Cmp(want) != 0 {
		t.Errorf("refund %s, want %s", amount, want)
	}
	if got := led.delta(t, w.devices[0].Address); got.Sign() != 0 {
		t.Errorf("voided device paid %s", got)
	}
	led.check(t)
}

func voteOn(t *testing.T, w *world, receiptID common.Hash, v *Signer, h common.Hash) VoidVote {
	t.Helper()
	vv, err := w.c.SignVoid(context.Background(), v, receiptID, h)
	if err != nil {
		t.Fatal(err)
	}
	return vv
}

// batchN is how many receipts the batch scenario settles at once.
const batchN = 10

func scenarioBatch(t *testing.T, w *world) {
	ctx := context.Background()
	led := w.ledger(t)
	g := gasFigures{}
	var lastDeadline time.Time
	for i := range batchN {
		w.chain.fundEther(t, batchDevice(i).Address)
	}
	settle := func(label string, n int, batch bool) {
		spec := w.spec(t, label, uint32(n))
		lastDeadline = spec.Deadline
		job, txs, err := w.c.PostJob(ctx, w.customer, spec)
		if err != nil {
			t.Fatal(err)
		}
		led.jobs = append(led.jobs, job.ID)
		g.post = txs[len(txs)-1].GasUsed
		var ids []common.Hash
		for i := range n {
			d := batchDevice(i)
			info, err := w.c.Claim(ctx, d, job.ID)
			if err != nil {
				t.Fatal(err)
			}
			g.claim = info.GasUsed
			id, info, err := w.c.SubmitReceipt(ctx, d, w.signed(t, job.ID, d, runReceipt("r", 100_000+uint64(i), 1_000_000)))
			if err != nil {
				t.Fatal(err)
			}
			g.submit = info.GasUsed
			ids = append(ids, id)
		}
		w.chain.advance(t, w.chain.window)
		if batch {
			info, err := w.c.SettleBatch(ctx, w.outsider, ids)
			if err != nil {
				t.Fatal(err)
			}
			g.batch = info.GasUsed
		} else {
			for _, id := range ids {
				info, err := w.c.Settle(ctx, w.outsider, id)
				if err != nil {
					t.Fatal(err)
				}
				g.singles += info.GasUsed
				g.single = info.GasUsed
			}
		}
	}
	settle("singles", batchN, false)
	settle("batch", batchN, true)
	w.pastDeadline(t, lastDeadline)
	for _, id := range led.jobs {
		if _, _, err := w.c.Refund(ctx, w.customer, id); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("chain gas (%s): post %d, claim %d, submit %d, settle %d, settle batch of %d %d (%d per receipt) vs %d singles %d",
		w.chain.name, g.post, g.claim, g.submit, g.single, batchN, g.batch, g.batch/batchN, batchN, g.singles)
	if g.batch*2 > g.singles {
		t.Errorf("batch of %d cost %d gas, not well under %d singles (%d)", batchN, g.batch, batchN, g.singles)
	}
	led.check(t)
}

type gasFigures struct{ post, claim, submit, single, singles, batch uint64 }
