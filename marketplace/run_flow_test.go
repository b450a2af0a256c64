package marketplace

import (
	"bytes"
	"context"
	"math/big"
	"os"
	"testing"
	"time"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/engine"
	"github.com/decentralized-ml/dml/ipfs"
	"github.com/ethereum/go-ethereum/common"
)

func init() {
	scenarios = append(scenarios, scenario{"publish post claim run submit settle", scenarioRun})
}

// scenarioRun is the whole data flow of one job: the module is added to
// IPFS and listed, the job posted, the device claims, runs the module on the
// real runtime, turns its result into a receipt, signs and submits it, and
// is paid for the gas it used.
func scenarioRun(t *testing.T, w *world) {
	ctx := context.Background()
	led := w.ledger(t)
	module, err := os.ReadFile("../engine/testdata/sum.wasm")
	if err != nil {
		t.Fatal(err)
	}
	store, err := ipfs.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	moduleCID, err := store.Add(ctx, bytes.NewReader(module), ipfs.AddOptions{})
	if err != nil {
		t.Fatal(err)
	}
	manifest := []byte(`{"name":"sum"}`)
	manifestCID, err := store.Add(ctx, bytes.NewReader(manifest), ipfs.AddOptions{})
	if err != nil {
		t.Fatal(err)
	}
	l := &Listing{Name: "sum", Version: 1, ModuleCID: moduleCID.String(), ManifestCID: manifestCID.String(),
		ManifestHash: ManifestHash(manifest), PricePerRun: big.NewInt(7), RoyaltyBps: 100, MinGasPrice: big.NewInt(1)}
	if err := l.Sign(w.author, w.c.ChainID(), w.c.Addresses().Registry); err != nil {
		t.Fatal(err)
	}
	listingID, _, err := w.c.Publish(ctx, w.author, l)
	if err != nil {
		t.Fatal(err)
	}
	spec := w.spec(t, "run", 1)
	spec.ListingID = listingID
	job, _, err := w.c.PostJob(ctx, w.customer, spec)
	if err != nil {
		t.Fatal(err)
	}
	led.jobs = append(led.jobs, job.ID)
	dev := w.devices[3]
	if _, err := w.c.Claim(ctx, dev, job.ID); err != nil {
		t.Fatal(err)
	}

	// The device reads the listing (its signature is checked), runs it.
	listing, err := w.c.Listing(ctx, job.ListingID)
	if err != nil {
		t.Fatal(err)
	}
	eng, err := engine.New(ctx, engine.NewConfig())
	if err != nil {
		t.Fatal(err)
	}
	defer eng.Close(ctx)
	res, err := eng.Run(ctx, module, &engine.Job{ModuleCID: listing.ModuleCID, GasLimit: job.GasLimit,
		Inputs: []abi.Tensor{abi.FromFloat64s("X", []int64{3}, []float64{1, 2, 7.5})}})
	if err != nil || res.Status != abi.StatusOK {
		t.Fatalf("run: %v %s %s", err, res.Status, res.Error)
	}
	rc, err := res.Receipt(time.Now())
	if err != nil {
		t.Fatal(err)
	}
	signed, err := FromReceipt(rc, job.ID, dev.Address)
	if err != nil {
		t.Fatal(err)
	}
	if err := signed.Sign(dev, w.c.ChainID(), w.c.Addresses().Escrow); err != nil {
		t.Fatal(err)
	}
	id, _, err := w.c.SubmitReceipt(ctx, dev, signed)
	if err != nil {
		t.Fatal(err)
	}
	rec, err := w.c.Receipt(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if rec.ResultHash != common.HexToHash(res.ResultHash) || rec.InputCommitment != common.HexToHash(res.InputCommitment) {
		t.Fatalf("on-chain receipt %+v does not bind the run", rec)
	}
	w.chain.advance(t, w.chain.window)
	if _, err := w.c.Settle(ctx, w.outsider, id); err != nil {
		t.Fatal(err)
	}
	wantPay := new(big.Int).Mul(new(big.Int).SetUint64(res.GasUsed), job.GasPrice)
	if got := led.delta(t, dev.Address); got.Cmp(wantPay) != 0 || res.GasUsed == 0 {
		t.Errorf("device paid %s for %d gas, want %s", got, res.GasUsed, wantPay)
	}
	w.pastDeadline(t, job.Deadline)
	if _, _, err := w.c.Refund(ctx, w.customer, job.ID); err != nil {
		t.Fatal(err)
	}
	led.check(t)
}
