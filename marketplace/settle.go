package marketplace

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Settle pays one receipt whose challenge window has passed (anyone may send
// it). A receipt already settled sends nothing; a voided one gives
// ErrReceiptVoided.
func (c *Client) Settle(ctx context.Context, from *Signer, receiptID common.Hash) (TxInfo, error) {
	rec, err := c.Receipt(ctx, receiptID)
	if err != nil {
		return TxInfo{}, err
	}
	switch rec.State {
	case ReceiptNone:
		return TxInfo{}, fmt.Errorf("settle: %w: %s: submit it first", ErrReceiptNotFound, receiptID)
	case ReceiptSettled:
		return TxInfo{}, nil
	case ReceiptVoided:
		return TxInfo{}, fmt.Errorf("settle: %w: %s: nothing to pay", ErrReceiptVoided, receiptID)
	}
	return c.send(ctx, "settle", from, c.escrow, c.escrowABI.PackSettle(receiptID))
}

// SettleBatch pays many receipts in one transaction. Receipts already
// settled or voided are skipped, on chain and here; with none left it sends
// nothing.
func (c *Client) SettleBatch(ctx context.Context, from *Signer, receiptIDs []common.Hash) (TxInfo, error) {
	var due [][32]byte
	for _, id := range receiptIDs {
		rec, err := c.Receipt(ctx, id)
		if err != nil {
			return TxInfo{}, err
		}
		switch rec.State {
		case ReceiptNone:
			return TxInfo{}, fmt.Errorf("settle batch: %w: %s: submit it first", ErrReceiptNotFound, id)
		case ReceiptSubmitted:
			due = append(due, id)
		}
	}
	if len(due) == 0 {
		return TxInfo{}, nil
	}
	return c.send(ctx, fmt.Sprintf("settle %d receipts", len(due)), from, c.escrow, c.escrowABI.PackSettleBatch(due))
}

// SettleableAt is when a submitted receipt's challenge window closes.
func (c *Client) SettleableAt(ctx context.Context, rec *ReceiptRecord) (time.Time, error) {
	raw, err := c.escrow.CallRaw(c.callOpts(ctx), c.escrowABI.PackChallengeWindow())
	if err != nil {
		return time.Time{}, chainError("read challenge window", err)
	}
	w, err := c.escrowABI.UnpackChallengeWindow(raw)
	if err != nil {
		return time.Time{}, err
	}
	return time.Unix(int64(rec.SubmittedAt+w), 0).UTC(), nil
}
