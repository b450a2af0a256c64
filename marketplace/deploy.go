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
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
)

// DeployConfig sets what Deploy creates.
type DeployConfig struct {
	// InitialSupply is minted to the deployer. Default 0.
	InitialSupply *big.Int
	// ChallengeWindow is how long verifiers have to void a receipt before it
	// can be settled. Default 1 hour.
	ChallengeWindow time.Duration
}

// Deployment records where Deploy put the contracts and what it cost.
type Deployment struct {
	Addresses Addresses `json:"addresses"`
	Txs       []TxInfo  `json:"txs"`
}

// Deploy creates the token, the registry, the escrow and the checkpoint
// registry, in that order, and returns a client bound to them.
func Deploy(ctx context.Context, backend Backend, deployer *Signer, cfg DeployConfig, opts ...Option) (*Client, *Deployment, error) {
	if cfg.ChallengeWindow == 0 {
		cfg.ChallengeWindow = time.Hour
	}
	if cfg.ChallengeWindow < time.Second {
		return nil, nil, fmt.Errorf("deploy: %w: challenge window %s is under one second", ErrInvalidInput, cfg.ChallengeWindow)
	}
	c, err := newClient(ctx, backend, Addresses{}, opts)
	if err != nil {
		return nil, nil, err
	}
	dep := &Deployment{}
	deployOne := func(name, bin string, ctor []byte) (common.Address, error) {
		o := bind.NewKeyedTransactor(deployer.key, c.chainID)
		o.Context = ctx
		addr, tx, err := bind.DeployContract(o, common.FromHex(bin), backend, ctor)
		if err != nil {
			return common.Address{}, chainError("deploy "+name, err)
		}
		info, err := c.wait(ctx, "deploy "+name, tx, addr, deployer.Address, nil)
		if err != nil {
			return common.Address{}, err
		}
		dep.Txs = append(dep.Txs, info)
		return addr, nil
	}
	supply := bigOrZero(cfg.InitialSupply)
	if dep.Addresses.Token, err = deployOne("token", dmltoken.DMLTokenMetaData.Bin, c.tokenABI.PackConstructor(supply)); err != nil {
		return nil, dep, err
	}
	if dep.Addresses.Registry, err = deployOne("registry", algoregistry.AlgorithmRegistryMetaData.Bin, nil); err != nil {
		return nil, dep, err
	}
	window := uint64(cfg.ChallengeWindow / time.Second)
	if dep.Addresses.Escrow, err = deployOne("escrow", jobescrow.JobEscrowMetaData.Bin, c.escrowABI.PackConstructor(dep.Addresses.Token, dep.Addresses.Registry, window)); err != nil {
		return nil, dep, err
	}
	if dep.Addresses.Checkpoints, err = deployOne("checkpoint registry", checkpoints.CheckpointRegistryMetaData.Bin, c.ckptABI.PackConstructor(dep.Addresses.Escrow)); err != nil {
		return nil, dep, err
	}
	c, err = Connect(ctx, backend, dep.Addresses, opts...)
	return c, dep, err
}

// DeployCheckpoints adds the checkpoint registry to a deployment made
// without one and returns a client, with c's options, bound to all four
// contracts. A client that has a registry already gets itself back and
// nothing is sent.
func (c *Client) DeployCheckpoints(ctx context.Context, deployer *Signer) (*Client, TxInfo, error) {
	if c.addrs.Checkpoints != (common.Address{}) {
		return c, TxInfo{}, nil
	}
	o := bind.NewKeyedTransactor(deployer.key, c.chainID)
	o.Context = ctx
	addr, tx, err := bind.DeployContract(o, common.FromHex(checkpoints.CheckpointRegistryMetaData.Bin), c.backend, c.ckptABI.PackConstructor(c.addrs.Escrow))
	if err != nil {
		return nil, TxInfo{}, chainError("deploy checkpoint registry", err)
	}
	info, err := c.wait(ctx, "deploy checkpoint registry", tx, addr, deployer.Address, nil)
	if err != nil {
		return nil, info, err
	}
	addrs := c.addrs
	addrs.Checkpoints = addr
	nc, err := Connect(ctx, c.backend, addrs, WithCommit(c.mine), WithPollInterval(c.poll))
	return nc, info, err
}
