package marketplace

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// TestDepositMatchesContract checks the Go deposit formula against the
// escrow's depositFor, including the royalty's rounding down.
func TestDepositMatchesContract(t *testing.T) {
	w := newWorld(t, newSimChain(t))
	cases := []struct {
		gasLimit uint64
		gasPrice int64
		devices  uint32
		price    int64
		bps      uint16
	}{
		{1_000_000, 3, 3, 1000, 250},
		{1, 1, 1, 0, 0},
		{333, 7, 5, 11, 9999},
		{1 << 40, 1_000_000_007, 100, 5, 10000},
		{17, 3, 2, 0, 1}, // royalty 51*1/10000 rounds to 0
	}
	for _, c := range cases {
		spec := JobSpec{GasLimit: c.gasLimit, GasPrice: big.NewInt(c.gasPrice), Devices: c.devices}
		l := &Listing{PricePerRun: big.NewInt(c.price), RoyaltyBps: c.bps}
		raw, err := w.c.escrow.CallRaw(w.c.callOpts(context.Background()),
			w.c.escrowABI.PackDepositFor(c.gasLimit, big.NewInt(c.gasPrice), c.devices, big.NewInt(c.price), c.bps))
		if err != nil {
			t.Fatal(err)
		}
		want, err := w.c.escrowABI.UnpackDepositFor(raw)
		if err != nil {
			t.Fatal(err)
		}
		if got := Deposit(spec, l); got.Cmp(want) != 0 {
			t.Errorf("%+v: Go deposit %s, contract %s", c, got, want)
		}
	}
}

func TestJobID(t *testing.T) {
	a, b := common.Address{1}, common.Address{2}
	if first, again := JobID(a, "x"), JobID(a, "x"); first != again {
		t.Fatal("JobID is not deterministic")
	}
	if JobID(a, "x") == JobID(b, "x") || JobID(a, "x") == JobID(a, "y") {
		t.Fatal("JobID collides across customers or labels")
	}
}
