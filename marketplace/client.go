// Package marketplace is the chain side of DML: algorithm listings signed by
// their authors, jobs whose deposit is held in escrow, device receipts signed
// with EIP-712, and settlement by gas. One Client, written against
// go-ethereum's backend interfaces, runs unchanged on the in-process
// simulated backend and on any JSON-RPC node.
package marketplace

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/decentralized-ml/dml/marketplace/bindings/algoregistry"
	"github.com/decentralized-ml/dml/marketplace/bindings/checkpoints"
	"github.com/decentralized-ml/dml/marketplace/bindings/dmltoken"
	"github.com/decentralized-ml/dml/marketplace/bindings/jobescrow"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
)

// Backend is what the client needs from a chain: *ethclient.Client and the
// simulated backend's client both provide it.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ethereum.ChainIDReader
	ethereum.ChainStateReader
}

// Addresses are where the contracts live on one chain. Checkpoints is zero
// for a deployment made before the checkpoint registry existed: the client
// then works without it (see DeployCheckpoints).
type Addresses struct {
	Token       common.Address `json:"token"`
	Registry    common.Address `json:"registry"`
	Escrow      common.Address `json:"escrow"`
	Checkpoints common.Address `json:"checkpoints,omitempty"`
}

// Client talks to deployed marketplace contracts.
type Client struct {
	backend Backend
	chainID *big.Int
	addrs   Addresses
	mine    func()
	poll    time.Duration

	tokenABI    *dmltoken.DMLToken
	registryABI *algoregistry.AlgorithmRegistry
	escrowABI   *jobescrow.JobEscrow
	ckptABI     *checkpoints.CheckpointRegistry
	token       *bind.BoundContract
	registry    *bind.BoundContract
	escrow      *bind.BoundContract
	ckpt        *bind.BoundContract
}

// Option configures a Client.
type Option func(*Client)

// WithCommit makes the client call mine after each transaction it sends: pass
// the simulated backend's Commit (a real node mines on its own). Default: nil.
//
//	sim := simulated.NewBackend(alloc)
//	c, err := marketplace.Deploy(ctx, sim.Client(), deployer, cfg, marketplace.WithCommit(func() { sim.Commit() }))
func WithCommit(mine func()) Option { return func(c *Client) { c.mine = mine } }

// WithPollInterval sets how often the client asks for a transaction's
// receipt while waiting for it to be mined. Default 50ms.
func WithPollInterval(d time.Duration) Option { return func(c *Client) { c.poll = d } }

// Dial connects to a JSON-RPC endpoint (http, ws or ipc) and checks that it
// answers.
func Dial(ctx context.Context, url string) (*ethclient.Client, error) {
	ec, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return nil, chainError("dial "+url, err)
	}
	if _, err := ec.ChainID(ctx); err != nil {
		ec.Close()
		return nil, chainError("dial "+url, err)
	}
	return ec, nil
}

// Connect binds a client to contracts already deployed at addrs and checks
// that each has code (the checkpoint registry only when its address is set).
func Connect(ctx context.Context, backend Backend, addrs Addresses, opts ...Option) (*Client, error) {
	c, err := newClient(ctx, backend, addrs, opts)
	if err != nil {
		return nil, err
	}
	want := map[string]common.Address{"token": addrs.Token, "registry": addrs.Registry, "escrow": addrs.Escrow}
	if addrs.Checkpoints != (common.Address{}) {
		want["checkpoint registry"] = addrs.Checkpoints
	}
	for name, a := range want {
		code, err := backend.CodeAt(ctx, a, nil)
		if err != nil {
			return nil, chainError("check "+name+" contract", err)
		}
		if len(code) == 0 {
			return nil, fmt.Errorf("%w: no %s contract at %s on chain %s: deploy the contracts or fix the addresses in the config", ErrNotDeployed, name, a, c.chainID)
		}
	}
	return c, nil
}

func newClient(ctx context.Context, backend Backend, addrs Addresses, opts []Option) (*Client, error) {
	id, err := backend.ChainID(ctx)
	if err != nil {
		return nil, chainError("read chain id", err)
	}
	c := &Client{
		backend:     backend,
		chainID:     id,
		addrs:       addrs,
		poll:        50 * time.Millisecond,
		tokenABI:    dmltoken.NewDMLToken(),
		registryABI: algoregistry.NewAlgorithmRegistry(),
		escrowABI:   jobescrow.NewJobEscrow(),
		ckptABI:     checkpoints.NewCheckpointRegistry(),
	}
	for _, o := range opts {
		o(c)
	}
	c.token = c.tokenABI.Instance(backend, addrs.Token)
	c.registry = c.registryABI.Instance(backend, addrs.Registry)
	c.escrow = c.escrowABI.Instance(backend, addrs.Escrow)
	c.ckpt = c.ckptABI.Instance(backend, addrs.Checkpoints)
	return c, nil
}

// Addresses returns where the contracts live.
func (c *Client) Addresses() Addresses { return c.addrs }

// ChainID returns the chain id the client signs for.
func (c *Client) ChainID() *big.Int { return new(big.Int).Set(c.chainID) }

// Backend returns the chain backend.
func (c *Client) Backend() Backend { return c.backend }

func (c *Client) callOpts(ctx context.Context) *bind.CallOpts {
	return &bind.CallOpts{Context: ctx}
}
