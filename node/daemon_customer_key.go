package node

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/decentralized-ml/dml/marketplace/bindings/jobescrow"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// ErrNoCustomerKey marks a job whose customer's public key cannot be found.
var ErrNoCustomerKey = errors.New("customer key not found")

// TxReader reads logs and transactions: *ethclient.Client provides it.
type TxReader interface {
	ethereum.LogFilterer
	TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error)
}

// PosterKeys finds a customer's public key from the chain alone: the key
// that signed a transaction posting one of their jobs (a JobPosted event
// naming them). Sealing to it needs nothing published beyond the post.
type PosterKeys struct {
	Chain   TxReader
	ChainID *big.Int
	Escrow  common.Address
}

// Key is a KeyResolver.
func (p PosterKeys) Key(ctx context.Context, customer common.Address) (*ecdsa.PublicKey, error) {
	ev := jobescrow.NewJobEscrow().GetABI().Events[jobescrow.JobEscrowJobPostedEventName].ID
	q := ethereum.FilterQuery{Addresses: []common.Address{p.Escrow}, Topics: [][]common.Hash{{ev}, nil, {common.BytesToHash(customer.Bytes())}}}
	logs, err := p.Chain.FilterLogs(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("%w: read the JobPosted events of %s: %v", ErrNoCustomerKey, customer, err)
	}
	for i := len(logs) - 1; i >= 0; i-- {
		tx, _, err := p.Chain.TransactionByHash(ctx, logs[i].TxHash)
		if err != nil {
			return nil, fmt.Errorf("%w: read post transaction %s: %v", ErrNoCustomerKey, logs[i].TxHash, err)
		}
		pub, err := TxSenderKey(tx, p.ChainID)
		if err != nil {
			return nil, err
		}
		if crypto.PubkeyToAddress(*pub) == customer {
			return pub, nil
		}
	}
	return nil, fmt.Errorf("%w: %s sent none of the %d posts of their jobs on escrow %s: the customer must post a job from their own account", ErrNoCustomerKey, customer, len(logs), p.Escrow)
}

// TxSenderKey recovers the public key that signed tx.
func TxSenderKey(tx *types.Transaction, chainID *big.Int) (*ecdsa.PublicKey, error) {
	signer := types.LatestSignerForChainID(chainID)
	v, r, s := tx.RawSignatureValues()
	if v == nil || r == nil || s == nil {
		return nil, fmt.Errorf("%w: transaction %s is unsigned", ErrNoCustomerKey, tx.Hash())
	}
	recid := new(big.Int).Set(v)
	if tx.Type() == types.LegacyTxType {
		if tx.Protected() {
			recid.Sub(recid, new(big.Int).Add(new(big.Int).Mul(chainID, big.NewInt(2)), big.NewInt(35)))
		} else {
			signer = types.HomesteadSigner{} // signed without a chain id
			recid.Sub(recid, big.NewInt(27))
		}
	}
	if !recid.IsUint64() || recid.Uint64() > 1 || r.BitLen() > 256 || s.BitLen() > 256 {
		return nil, fmt.Errorf("%w: transaction %s has a malformed signature", ErrNoCustomerKey, tx.Hash())
	}
	sig := make([]byte, crypto.SignatureLength)
	r.FillBytes(sig[:32])
	s.FillBytes(sig[32:64])
	sig[64] = byte(recid.Uint64())
	h := signer.Hash(tx)
	pub, err := crypto.SigToPub(h[:], sig)
	if err != nil {
		return nil, fmt.Errorf("%w: transaction %s: %v", ErrNoCustomerKey, tx.Hash(), err)
	}
	return pub, nil
}
