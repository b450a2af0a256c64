package node

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/engine"
	"github.com/decentralized-ml/dml/internal/testmod"
	"github.com/decentralized-ml/dml/ipfs"
	"github.com/decentralized-ml/dml/marketplace"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
)

// crash is what a test's AfterStep panics with: the process "dies" right
// after the step is on disk.
type crash struct{ step Step }

type testWorld struct {
	sim      *simulated.Backend
	client   *marketplace.Client
	content  StoreContent
	engine   *engine.Engine
	customer *marketplace.Signer
	custKey  *ecdsa.PrivateKey
	device   *marketplace.Signer
	listing  *marketplace.Listing
	params   string
	mu       sync.Mutex
	received map[common.Hash]int // deliveries by receipt id
}

func key(name string) *ecdsa.PrivateKey {
	k, _ := crypto.ToECDSA(crypto.Keccak256([]byte("node test " + name)))
	return k
}

func newTestWorld(t *testing.T) *testWorld {
	t.Helper()
	ctx := context.Background()
	w := &testWorld{custKey: key("customer"), received: map[common.Hash]int{}}
	w.customer, w.device = marketplace.NewSigner(w.custKey), marketplace.NewSigner(key("device"))
	deployer, author := marketplace.NewSigner(key("deployer")), marketplace.NewSigner(key("author"))
	eth := new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
	alloc := types.GenesisAlloc{}
	for _, s := range []*marketplace.Signer{w.customer, w.device, deployer, author} {
		alloc[s.Address] = types.Account{Balance: eth}
	}
	w.sim = simulated.NewBackend(alloc)
	t.Cleanup(func() { w.sim.Close() })
	var mu sync.Mutex
	opts := []marketplace.Option{marketplace.WithCommit(func() { mu.Lock(); w.sim.Commit(); mu.Unlock() }), marketplace.WithPollInterval(time.Millisecond)}
	var err error
	if w.client, _, err = marketplace.Deploy(ctx, w.sim.Client(), deployer, marketplace.DeployConfig{ChallengeWindow: time.Hour}, opts...); err != nil {
		t.Fatal(err)
	}
	if _, err := w.client.Mint(ctx, deployer, w.customer.Address, new(big.Int).Mul(eth, eth)); err != nil {
		t.Fatal(err)
	}
	st, err := ipfs.Open(filepath.Join(t.TempDir(), "ipfs"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	w.content = StoreContent{Store: st}
	if w.engine, err = engine.New(ctx, engine.NewConfig()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { w.engine.Close(ctx) })
	module, err := os.ReadFile(testmod.Algorithm(t, "logreg"))
	if err != nil {
		t.Fatal(err)
	}
	man, err := os.ReadFile(filepath.Join(testmod.RepoRoot(t), "algorithms/logreg/manifest.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	l := &marketplace.Listing{Name: "logreg", Version: 1, ManifestHash: marketplace.ManifestHash(man),
		PricePerRun: big.NewInt(7), RoyaltyBps: 100, MinGasPrice: big.NewInt(1)}
	if l.ModuleCID, err = w.content.Put(ctx, module); err != nil {
		t.Fatal(err)
	}
	if l.ManifestCID, err = w.content.Put(ctx, man); err != nil {
		t.Fatal(err)
	}
	if err := l.Sign(author, w.client.ChainID(), w.client.Addresses().Registry); err != nil {
		t.Fatal(err)
	}
	if l.ID, _, err = w.client.Publish(ctx, author, l); err != nil {
		t.Fatal(err)
	}
	w.listing = l
	if w.params, err = w.content.Put(ctx, []byte(`{"epochs": 3, "classes": 3, "batch": 4}`)); err != nil {
		t.Fatal(err)
	}
	return w
}

func (w *testWorld) post(t *testing.T, label string) common.Hash {
	t.Helper()
	now, err := w.client.ChainTime(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	spec := marketplace.JobSpec{ID: marketplace.JobID(w.customer.Address, label), ListingID: w.listing.ID, ParamsCID: w.params,
		GasLimit: 1e10, GasPrice: big.NewInt(3), Devices: 1, Deadline: now.Add(2 * time.Hour)}
	if _, _, err := w.client.PostJob(context.Background(), w.customer, spec); err != nil {
		t.Fatal(err)
	}
	return spec.ID
}

// device is a fresh process's Device over the state in dir.
func (w *testWorld) newDevice(t *testing.T, dir string) *Device {
	t.Helper()
	st, err := OpenState(dir)
	if err != nil {
		t.Fatal(err)
	}
	x := make([]float64, 12*2)
	y := make([]byte, 12*8)
	for i := range 12 {
		x[2*i], x[2*i+1] = float64(i%3), float64(i%2)
		binary.LittleEndian.PutUint64(y[8*i:], uint64(i%3))
	}
	return &Device{Signer: w.device, Chain: w.client, Content: w.content, Engine: w.engine, State: st,
		Inputs:  []abi.Tensor{abi.FromFloat64s("X", []int64{12, 2}, x), {Name: "y", DType: abi.I64, Shape: []int64{12}, Data: y}},
		Samples: 12,
		CustomerKey: func(_ context.Context, a common.Address) (*ecdsa.PublicKey, error) {
			if a != w.customer.Address {
				return nil, fmt.Errorf("unknown customer %s", a)
			}
			return &w.custKey.PublicKey, nil
		},
		Deliver: func(_ context.Context, _ common.Hash, msg []byte) error {
			m, err := DecodeMessage(msg)
			if err != nil {
				return err
			}
			w.mu.Lock()
			w.received[m.ReceiptID]++
			w.mu.Unlock()
			return nil
		},
	}
}

// doUntilCrash runs Do and reports the step it crashed after ("" if none).
func doUntilCrash(d *Device, job common.Hash) (crashed Step, err error) {
	defer func() {
		if r := recover(); r != nil {
			c, ok := r.(crash)
			if !ok {
				panic(r)
			}
			crashed = c.step
		}
	}()
	_, err = d.Do(context.Background(), job)
	return "", err
}

// TestDeviceResumesAfterCrash kills the device right after each step is
// persisted, restarts it from its state directory, and checks the chain:
// one slot, one receipt submitted, one payment, and the aggregator got the
// one update (a resend after a crash carries the same receipt id).
func TestDeviceResumesAfterCrash(t *testing.T) {
	w := newTestWorld(t)
	ctx := context.Background()
	var jobs []common.Hash
	var receipts []common.Hash
	for _, at := range []Step{StepClaimed, StepRan, StepSubmitted, StepDelivered} {
		t.Run(string(at), func(t *testing.T) {
			job := w.post(t, "crash after "+string(at))
			jobs = append(jobs, job)
			dir := t.TempDir()
			d := w.newDevice(t, dir)
			d.AfterStep = func(s Step) {
				if s == at {
					panic(crash{s})
				}
			}
			crashed, err := doUntilCrash(d, job)
			if err != nil || crashed != at {
				t.Fatalf("first run: crashed after %q, err %v; want a crash after %s", crashed, err, at)
			}
			d2 := w.newDevice(t, dir)
			if e := d2.State.Get(job); e.Step != at {
				t.Fatalf("restarted with step %q, want %q", e.Step, at)
			}
			wk, err := d2.Do(ctx, job)
			if err != nil {
				t.Fatal(err)
			}
			if wk.Entry.Step != StepDelivered {
				t.Fatalf("after restart: step %s", wk.Entry.Step)
			}
			if again, err := d2.Do(ctx, job); err != nil || again.Message.ReceiptID != wk.Message.ReceiptID {
				t.Fatalf("a third Do: %v", err)
			}
			j, err := w.client.Job(ctx, job)
			if err != nil {
				t.Fatal(err)
			}
			if j.Claimed != 1 || j.Submitted != 1 {
				t.Errorf("job: %d claimed, %d submitted; want 1 and 1", j.Claimed, j.Submitted)
			}
			if n := w.received[wk.Message.ReceiptID]; n < 1 || len(w.received) != len(jobs) {
				t.Errorf("aggregator got receipt %s %d times, %d receipts for %d jobs", wk.Message.ReceiptID, n, len(w.received), len(jobs))
			}
			receipts = append(receipts, wk.Message.ReceiptID)
		})
	}
	if err := w.sim.AdjustTime(3 * time.Hour); err != nil {
		t.Fatal(err)
	}
	// Settling twice pays once.
	for range 2 {
		if _, err := w.client.SettleBatch(ctx, w.customer, receipts); err != nil {
			t.Fatal(err)
		}
	}
	want := new(big.Int)
	for i, id := range receipts {
		rec, err := w.client.Receipt(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		want.Add(want, rec.DevicePay)
		j, _ := w.client.Job(ctx, jobs[i])
		if rec.State != marketplace.ReceiptSettled || j.Paid.Cmp(new(big.Int).Add(rec.DevicePay, rec.AuthorFee)) != 0 {
			t.Errorf("job %d: receipt %s, job paid %s for device %s + author %s", i, rec.State, j.Paid, rec.DevicePay, rec.AuthorFee)
		}
	}
	bal, err := w.client.TokenBalance(ctx, w.device.Address)
	if err != nil {
		t.Fatal(err)
	}
	if bal.Cmp(want) != 0 || want.Sign() == 0 {
		t.Errorf("device holds %s tokens, its %d receipts paid %s", bal, len(receipts), want)
	}
}
