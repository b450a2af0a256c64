package marketplace

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/decentralized-ml/dml/receipt"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
)

// testChain is a chain the same flows run on: the simulated backend here,
// a geth --dev process in geth_e2e_test.go.
type testChain struct {
	name    string
	backend Backend
	opts    []Option
	window  time.Duration
	// advance moves chain time forward by at least d and seals a block.
	advance func(t *testing.T, d time.Duration)
	// fundEther gives addr ether for fees.
	fundEther func(t *testing.T, addr common.Address)
}

func testKey(name string) *Signer {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("dml marketplace test " + name)))
	if err != nil {
		panic(err)
	}
	return NewSigner(k)
}

var actorNames = []string{"deployer", "author", "customer", "poor", "outsider", "dev0", "dev1", "dev2", "dev3", "ver0", "ver1", "ver2"}

func newSimChain(t *testing.T) *testChain {
	t.Helper()
	alloc := types.GenesisAlloc{}
	eth := new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
	for _, n := range actorNames {
		alloc[testKey(n).Address] = types.Account{Balance: eth}
	}
	for i := range 32 {
		alloc[batchDevice(i).Address] = types.Account{Balance: eth}
	}
	sim := simulated.NewBackend(alloc)
	t.Cleanup(func() { sim.Close() })
	return &testChain{
		name:    "simulated",
		backend: sim.Client(),
		opts:    []Option{WithCommit(func() { sim.Commit() }), WithPollInterval(time.Millisecond)},
		window:  time.Hour,
		advance: func(t *testing.T, d time.Duration) {
			t.Helper()
			if err := sim.AdjustTime(d); err != nil {
				t.Fatal(err)
			}
		},
		fundEther: func(t *testing.T, addr common.Address) {},
	}
}

func batchDevice(i int) *Signer { return testKey("batch device " + string(rune('a'+i))) }

// world is a deployed marketplace with its actors.
type world struct {
	chain     *testChain
	c         *Client
	deployer  *Signer
	author    *Signer
	customer  *Signer
	poor      *Signer
	outsider  *Signer
	devices   []*Signer
	verifiers []*Signer
	listing   *Listing
}

var customerTokens = big.NewInt(1_000_000_000_000)

func newWorld(t *testing.T, chain *testChain) *world {
	t.Helper()
	ctx := context.Background()
	w := &world{chain: chain, deployer: testKey("deployer"), author: testKey("author"), customer: testKey("customer"),
		poor: testKey("poor"), outsider: testKey("outsider")}
	for i := range 4 {
		w.devices = append(w.devices, testKey("dev"+string(rune('0'+i))))
	}
	for i := range 3 {
		w.verifiers = append(w.verifiers, testKey("ver"+string(rune('0'+i))))
	}
	c, _, err := Deploy(ctx, chain.backend, w.deployer, DeployConfig{ChallengeWindow: chain.window}, chain.opts...)
	if err != nil {
		t.Fatal(err)
	}
	w.c = c
	if _, err := c.Mint(ctx, w.deployer, w.customer.Address, customerTokens); err != nil {
		t.Fatal(err)
	}
	w.listing = w.publish(t, "linreg", 1)
	return w
}

func (w *world) publish(t *testing.T, name string, version uint32) *Listing {
	t.Helper()
	l := &Listing{
		Name: name, Version: version,
		ModuleCID:    "bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4",
		ManifestCID:  "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku",
		ManifestHash: ManifestHash([]byte("manifest of " + name)),
		PricePerRun:  big.NewInt(1000), RoyaltyBps: 250, MinGasPrice: big.NewInt(2),
	}
	if err := l.Sign(w.author, w.c.ChainID(), w.c.Addresses().Registry); err != nil {
		t.Fatal(err)
	}
	if _, _, err := w.c.Publish(context.Background(), w.outsider, l); err != nil {
		t.Fatal(err)
	}
	return l
}

// spec is a job on w.listing: gas limit 1e6 at price 3, deadline six
// challenge windows away, plus four seconds per device (a real node's clock
// moves at least a second per block).
func (w *world) spec(t *testing.T, label string, devices uint32) JobSpec {
	t.Helper()
	now, err := w.c.ChainTime(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return JobSpec{
		ID: JobID(w.customer.Address, label), ListingID: w.listing.ID,
		ParamsCID: "bafkreiparams", ModelCID: "bafkreimodel",
		GasLimit: 1_000_000, GasPrice: big.NewInt(3), Devices: devices,
		Deadline: now.Add(w.chain.window*6 + time.Duration(devices)*4*time.Second),
	}
}

// pastDeadline moves chain time past deadline.
func (w *world) pastDeadline(t *testing.T, deadline time.Time) {
	t.Helper()
	now, err := w.c.ChainTime(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if d := deadline.Sub(now) + time.Second; d > 0 {
		w.chain.advance(t, d)
	}
}

// runReceipt is what a device's runtime would report for a job.
func runReceipt(result string, gasUsed, gasLimit uint64) *receipt.Receipt {
	h := func(s string) string { return common.Bytes2Hex(crypto.Keccak256([]byte(s))) }
	return &receipt.Receipt{
		Version: receipt.FormatVersion, ModuleSHA256: h("module"),
		ModuleCID:       "bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4",
		InputCommitment: h("inputs"), ParamsSHA256: h("params"), ModelSHA256: h("model"),
		ResultHash: h(result), Status: "ok", GasLimit: gasLimit, GasUsed: gasUsed, GasTable: "v1",
		Determinism: "strict", ABIVersion: 1, RuntimeVersion: "0.1.0",
	}
}

func (w *world) signed(t *testing.T, jobID common.Hash, dev *Signer, r *receipt.Receipt) *SignedReceipt {
	t.Helper()
	s, err := FromReceipt(r, jobID, dev.Address)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Sign(dev, w.c.ChainID(), w.c.Addresses().Escrow); err != nil {
		t.Fatal(err)
	}
	return s
}

// ledger snapshots token balances to check that escrow in equals paid to
// devices plus royalties plus refunds, to the last wei.
type ledger struct {
	w      *world
	before map[common.Address]*big.Int
	jobs   []common.Hash
}

func (w *world) ledger(t *testing.T) *ledger {
	l := &ledger{w: w, before: map[common.Address]*big.Int{}}
	for _, a := range w.accounts() {
		l.before[a] = w.balance(t, a)
	}
	return l
}

func (w *world) accounts() []common.Address {
	as := []common.Address{w.c.Addresses().Escrow, w.author.Address, w.customer.Address, w.poor.Address, w.outsider.Address}
	for _, d := range w.devices {
		as = append(as, d.Address)
	}
	for i := range 32 {
		as = append(as, batchDevice(i).Address)
	}
	return as
}

func (w *world) balance(t *testing.T, a common.Address) *big.Int {
	t.Helper()
	b, err := w.c.TokenBalance(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func (l *ledger) delta(t *testing.T, a common.Address) *big.Int {
	return new(big.Int).Sub(l.w.balance(t, a), l.before[a])
}

// check asserts the invariant once every job of the scenario is resolved:
// escrow in = paid to devices + royalties + refunds; escrow keeps nothing;
// no token appears or disappears.
func (l *ledger) check(t *testing.T) {
	t.Helper()
	ctx := context.Background()
	in, paid, refunded := new(big.Int), new(big.Int), new(big.Int)
	for _, id := range l.jobs {
		j, err := l.w.c.Job(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		in.Add(in, j.Deposit)
		paid.Add(paid, j.Paid)
		refunded.Add(refunded, j.Refunded)
		if sum := new(big.Int).Add(j.Paid, j.Refunded); sum.Cmp(j.Deposit) != 0 {
			t.Errorf("job %s: deposit %s != paid %s + refunded %s", id, j.Deposit, j.Paid, j.Refunded)
		}
	}
	devices := new(big.Int)
	for _, d := range l.w.devices {
		devices.Add(devices, l.delta(t, d.Address))
	}
	for i := range 32 {
		devices.Add(devices, l.delta(t, batchDevice(i).Address))
	}
	royalties := l.delta(t, l.w.author.Address)
	customerRefunds := new(big.Int).Add(l.delta(t, l.w.customer.Address), in)
	out := new(big.Int).Add(devices, royalties)
	out.Add(out, customerRefunds)
	if out.Cmp(in) != 0 {
		t.Errorf("escrow in %s != devices %s + royalties %s + refunds %s", in, devices, royalties, customerRefunds)
	}
	if customerRefunds.Cmp(refunded) != 0 {
		t.Errorf("customer got back %s, escrow says refunded %s", customerRefunds, refunded)
	}
	if dp := new(big.Int).Add(devices, royalties); dp.Cmp(paid) != 0 {
		t.Errorf("devices+royalties %s, escrow says paid %s", dp, paid)
	}
	if e := l.delta(t, l.w.c.Addresses().Escrow); e.Sign() != 0 {
		t.Errorf("escrow balance changed by %s after every job resolved", e)
	}
	total := new(big.Int)
	for _, a := range l.w.accounts() {
		total.Add(total, l.delta(t, a))
	}
	if total.Sign() != 0 {
		t.Errorf("tokens appeared or vanished: %s", total)
	}
}

func mustIs(t *testing.T, err, want error) {
	t.Helper()
	if !errors.Is(err, want) {
		t.Fatalf("error %v, want %v", err, want)
	}
}
