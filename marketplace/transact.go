package marketplace

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// TxInfo describes a mined transaction. A zero TxInfo (Sent false) means the
// action was already done and nothing was sent.
type TxInfo struct {
	Sent    bool        `json:"sent"`
	Hash    common.Hash `json:"hash"`
	GasUsed uint64      `json:"gas_used"`
	Block   uint64      `json:"block"`
}

// send signs and sends calldata to contract as from, waits for it to be
// mined and decodes any revert. Gas is estimated first, so a transaction that
// would revert is refused before it costs anything.
func (c *Client) send(ctx context.Context, action string, from *Signer, contract *bind.BoundContract, calldata []byte) (TxInfo, error) {
	opts := bind.NewKeyedTransactor(from.key, c.chainID)
	opts.Context = ctx
	tx, err := bind.Transact(contract, opts, calldata)
	if err != nil {
		return TxInfo{}, chainError(action, err)
	}
	return c.wait(ctx, action, tx, contract.Address(), from.Address, calldata)
}

func (c *Client) wait(ctx context.Context, action string, tx *types.Transaction, to, from common.Address, calldata []byte) (TxInfo, error) {
	if c.mine != nil {
		c.mine()
	}
	rcpt, err := c.waitMined(ctx, tx.Hash())
	if err != nil {
		return TxInfo{}, chainError(action+": wait for "+tx.Hash().Hex(), err)
	}
	info := TxInfo{Sent: true, Hash: tx.Hash(), GasUsed: rcpt.GasUsed, Block: rcpt.BlockNumber.Uint64()}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		// Replay the call at its block to learn the reason.
		msg := ethereum.CallMsg{From: from, To: &to, Data: calldata, Gas: tx.Gas()}
		_, cerr := c.backend.CallContract(ctx, msg, rcpt.BlockNumber)
		if cerr != nil {
			return info, chainError(action, cerr)
		}
		return info, fmt.Errorf("%s: %w in tx %s (out of gas?): retry", action, ErrReverted, tx.Hash().Hex())
	}
	return info, nil
}

// waitMined polls for a receipt; bind.WaitMined polls only once a second.
func (c *Client) waitMined(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	delay := c.poll
	for {
		r, err := c.backend.TransactionReceipt(ctx, h)
		if err == nil {
			return r, nil
		}
		// A node that just started answers "transaction indexing is in
		// progress" until its index catches up: keep waiting.
		if !errors.Is(err, ethereum.NotFound) && !strings.Contains(err.Error(), "indexing is in progress") {
			return nil, err
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(delay):
		}
		if delay < time.Second {
			delay *= 2
		}
	}
}
