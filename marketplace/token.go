package marketplace

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// TokenBalance is account's DML token balance.
func (c *Client) TokenBalance(ctx context.Context, account common.Address) (*big.Int, error) {
	raw, err := c.token.CallRaw(c.callOpts(ctx), c.tokenABI.PackBalanceOf(account))
	if err != nil {
		return nil, chainError("read token balance", err)
	}
	return c.tokenABI.UnpackBalanceOf(raw)
}

// Allowance is what spender may pull from owner.
func (c *Client) Allowance(ctx context.Context, owner, spender common.Address) (*big.Int, error) {
	raw, err := c.token.CallRaw(c.callOpts(ctx), c.tokenABI.PackAllowance(owner, spender))
	if err != nil {
		return nil, chainError("read allowance", err)
	}
	return c.tokenABI.UnpackAllowance(raw)
}

// EtherBalance is account's ether balance, which pays transaction fees.
func (c *Client) EtherBalance(ctx context.Context, account common.Address) (*big.Int, error) {
	b, err := c.backend.BalanceAt(ctx, account, nil)
	if err != nil {
		return nil, chainError("read ether balance", err)
	}
	return b, nil
}

// Transfer sends tokens from one account to another.
func (c *Client) Transfer(ctx context.Context, from *Signer, to common.Address, amount *big.Int) (TxInfo, error) {
	return c.send(ctx, "transfer tokens", from, c.token, c.tokenABI.PackTransfer(to, amount))
}

// Mint creates tokens; only the token owner (the deployer) may. Meant for
// deployments and the devnet.
func (c *Client) Mint(ctx context.Context, owner *Signer, to common.Address, amount *big.Int) (TxInfo, error) {
	return c.send(ctx, "mint tokens", owner, c.token, c.tokenABI.PackMint(to, amount))
}

// SendEther sends ether (for transaction fees) from one account to another.
func (c *Client) SendEther(ctx context.Context, from *Signer, to common.Address, amount *big.Int) (TxInfo, error) {
	nonce, err := c.backend.PendingNonceAt(ctx, from.Address)
	if err != nil {
		return TxInfo{}, chainError("send ether", err)
	}
	tip, err := c.backend.SuggestGasTipCap(ctx)
	if err != nil {
		return TxInfo{}, chainError("send ether", err)
	}
	head, err := c.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return TxInfo{}, chainError("send ether", err)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(bigOrZero(head.BaseFee), big.NewInt(2)))
	tx, err := types.SignNewTx(from.key, types.LatestSignerForChainID(c.chainID), &types.DynamicFeeTx{
		ChainID: c.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: 21000, To: &to, Value: amount,
	})
	if err != nil {
		return TxInfo{}, fmt.Errorf("send ether: %w", err)
	}
	if err := c.backend.SendTransaction(ctx, tx); err != nil {
		return TxInfo{}, chainError("send ether", err)
	}
	return c.wait(ctx, "send ether", tx, to, from.Address, nil)
}
