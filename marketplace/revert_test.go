package marketplace

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestDecodeRevert(t *testing.T) {
	job := common.Hash{0xab}
	sel := crypto.Keccak256([]byte("JobExpired(bytes32,uint64)"))[:4]
	data := append(append([]byte{}, sel...), job[:]...)
	data = append(data, common.LeftPadBytes([]byte{0x10}, 32)...)
	re := DecodeRevert(data)
	if re == nil || re.Name != "JobExpired" || !errors.Is(re, ErrJobExpired) {
		t.Fatalf("decoded %+v", re)
	}
	if !strings.Contains(re.Error(), "post a new job") || re.Args["deadline"].(uint64) != 16 {
		t.Fatalf("message %q args %v", re.Error(), re.Args)
	}
	for _, d := range [][]byte{nil, {1, 2}, {0xde, 0xad, 0xbe, 0xef}} {
		if DecodeRevert(d) != nil {
			t.Fatalf("decoded %x", d)
		}
	}
	// Every custom error of the contracts maps to a sentinel of its own.
	for _, e := range contractErrors() {
		if _, ok := revertKinds[e.Name]; !ok {
			t.Errorf("contract error %s has no sentinel in revertKinds", e.Name)
		}
	}
}

func TestChainUnreachable(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_, err := Dial(ctx, "http://127.0.0.1:1")
	mustIs(t, err, ErrChainUnreachable)
	if !strings.Contains(err.Error(), "dmlrun devnet") {
		t.Fatalf("error does not say what to do: %v", err)
	}
}

func TestConnectWithoutContracts(t *testing.T) {
	chain := newSimChain(t)
	_, err := Connect(context.Background(), chain.backend, Addresses{Token: common.Address{1}, Registry: common.Address{2}, Escrow: common.Address{3}}, chain.opts...)
	mustIs(t, err, ErrNotDeployed)
}

func TestNoEther(t *testing.T) {
	w := newWorld(t, newSimChain(t))
	broke := testKey("no ether at all")
	_, err := w.c.Claim(context.Background(), broke, common.Hash{1})
	if !errors.Is(err, ErrNoEther) && !errors.Is(err, ErrJobNotFound) {
		t.Fatalf("error %v", err)
	}
	_, err = w.c.Transfer(context.Background(), broke, w.author.Address, common.Big0)
	mustIs(t, err, ErrNoEther)
}
