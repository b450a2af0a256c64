package devnet

import (
	"context"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/decentralized-ml/dml/marketplace"
	"github.com/ethereum/go-ethereum/common"
)

func TestDevnetRestartKeepsState(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	cfg := Config{DataDir: dir, Addr: "127.0.0.1:0", Accounts: []string{"alice", "bob"}}
	d, err := Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	// Over JSON-RPC, as dmlrun would reach it.
	ec, err := marketplace.Dial(ctx, d.URL)
	if err != nil {
		t.Fatal(err)
	}
	c, err := marketplace.Connect(ctx, ec, d.State.Addresses)
	if err != nil {
		t.Fatal(err)
	}
	alice, _ := d.Account("alice")
	bob, _ := d.Account("bob")
	if b, err := c.TokenBalance(ctx, alice.Address); err != nil || b.Sign() == 0 {
		t.Fatalf("alice holds %v tokens (%v)", b, err)
	}
	if _, err := c.Transfer(ctx, marketplace.NewSigner(alice.Key), bob.Address, big.NewInt(12345)); err != nil {
		t.Fatal(err)
	}
	bobBefore, _ := c.TokenBalance(ctx, bob.Address)
	addrs := d.State.Addresses
	if addrs.Checkpoints == (common.Address{}) {
		t.Fatal("the first start deployed no checkpoint registry")
	}
	ec.Close()
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}

	// Restart on the same directory, with one more account.
	cfg.Accounts = append(cfg.Accounts, "carol")
	d2, err := Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer d2.Close()
	if d2.State.Addresses != addrs {
		t.Fatalf("contracts moved: %+v, were %+v", d2.State.Addresses, addrs)
	}
	c2, err := d2.Client(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := c2.TokenBalance(ctx, bob.Address); b.Cmp(bobBefore) != 0 {
		t.Fatalf("bob holds %s after restart, held %s", b, bobBefore)
	}
	carol, _ := d2.Account("carol")
	if b, _ := c2.TokenBalance(ctx, carol.Address); b.Sign() == 0 {
		t.Fatal("carol, added on restart, was not funded")
	}
	// Chain time keeps up with the wall clock while nobody sends anything.
	time.Sleep(2*ClockInterval + time.Second)
	if now, err := c2.ChainTime(ctx); err != nil || time.Since(now) > 2*ClockInterval {
		t.Fatalf("chain time %s is stale (%v)", now, err)
	}
	if len(d2.State.Accounts) != 3 {
		t.Fatalf("state lists %v", d2.State.Accounts)
	}
	if _, err := os.Stat(filepath.Join(dir, "devnet.json")); err != nil {
		t.Fatal(err)
	}
}

// TestDevnetAddsCheckpointRegistry: a devnet.json written before the
// checkpoint registry existed gets one deployed and recorded on restart.
func TestDevnetAddsCheckpointRegistry(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	cfg := Config{DataDir: dir, Addr: "127.0.0.1:0", Accounts: []string{"alice"}}
	d, err := Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	st := d.State
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	old := st
	old.Addresses.Checkpoints = common.Address{}
	if err := writeState(filepath.Join(dir, "devnet.json"), &old); err != nil {
		t.Fatal(err)
	}
	d2, err := Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer d2.Close()
	got := d2.State.Addresses
	if got.Checkpoints == (common.Address{}) || got.Checkpoints == st.Addresses.Checkpoints || got.Escrow != st.Addresses.Escrow {
		t.Fatalf("addresses after restart %+v, before %+v", got, st.Addresses)
	}
	saved, err := readState(filepath.Join(dir, "devnet.json"))
	if err != nil || saved.Addresses != got {
		t.Fatalf("devnet.json holds %+v (%v), want %+v", saved, err, got)
	}
	c, err := d2.Client(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if cid, err := c.ReportOf(ctx, common.Hash{1}); err != nil || cid != "" {
		t.Fatalf("ReportOf on the added registry: %q, %v", cid, err)
	}
}

func TestDevnetConfigErrors(t *testing.T) {
	for _, cfg := range []Config{{}, {DataDir: t.TempDir(), Addr: "nonsense"}, {DataDir: t.TempDir(), Addr: "127.0.0.1:x"}} {
		if _, err := Start(context.Background(), cfg); !errors.Is(err, ErrConfig) {
			t.Errorf("config %+v: error %v, want ErrConfig", cfg, err)
		}
	}
}

func TestAccountKeyIsStable(t *testing.T) {
	if first, again := account("alice").Address, account("alice").Address; first != again || first == account("bob").Address {
		t.Fatal("account keys are not a function of the name")
	}
}
