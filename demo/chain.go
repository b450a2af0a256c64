package demo

import (
	"crypto/ecdsa"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/decentralized-ml/dml/marketplace"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
)

// Chain is the in-process chain: go-ethereum's simulated backend, sealing a
// block after each transaction, with the demo's actors funded with ether.
type Chain struct {
	Sim *simulated.Backend
	mu  sync.Mutex
}

// actorKey derives a fixed key from a name: demo accounts only.
func actorKey(name string) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("dml demo " + name)))
	if err != nil {
		panic(err) // a keccak digest is a valid key with overwhelming probability
	}
	return k
}

// NewChain starts a chain where every named actor holds 1000 ether.
func NewChain(actors []*marketplace.Signer) *Chain {
	alloc := types.GenesisAlloc{}
	eth := new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
	for _, a := range actors {
		alloc[a.Address] = types.Account{Balance: eth}
	}
	return &Chain{Sim: simulated.NewBackend(alloc)}
}

// Commit seals a block; safe for concurrent use.
func (c *Chain) Commit() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.Sim.Commit()
}

// Options are the marketplace client options for this chain.
func (c *Chain) Options() []marketplace.Option {
	return []marketplace.Option{marketplace.WithCommit(c.Commit), marketplace.WithPollInterval(time.Millisecond)}
}

// Advance moves chain time forward by d and seals a block. The tx pool
// drops mined transactions in the background after each block, and the
// simulated backend refuses to adjust time while it still lists any, so a
// refusal is retried for a while.
func (c *Chain) Advance(d time.Duration) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	deadline := time.Now().Add(10 * time.Second)
	for {
		err := c.Sim.AdjustTime(d)
		if err == nil || !strings.Contains(err.Error(), "non-empty block") || time.Now().After(deadline) {
			return err
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// Close stops the chain.
func (c *Chain) Close() error { return c.Sim.Close() }
