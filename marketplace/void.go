package marketplace

import (
	"bytes"
	"context"
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// VoidVote is one verifier's signature that re-executing a receipt's input
// commitment gave ResultHash.
type VoidVote struct {
	Verifier  common.Address `json:"verifier"`
	Signature hexutil.Bytes  `json:"signature"`
}

var voidFields = []apitypes.Type{
	{Name: "receiptId", Type: "bytes32"},
	{Name: "inputCommitment", Type: "bytes32"},
	{Name: "resultHash", Type: "bytes32"},
}

// VoidDigest is what each verifier signs to void receipt receiptID: the
// re-execution of inputCommitment gave reexecResult.
func (c *Client) VoidDigest(receiptID, inputCommitment, reexecResult common.Hash) (common.Hash, error) {
	return typedDigest(escrowDomainName, c.chainID, c.addrs.Escrow, "Void", voidFields, apitypes.TypedDataMessage{
		"receiptId":       hexutil.Bytes(receiptID[:]),
		"inputCommitment": hexutil.Bytes(inputCommitment[:]),
		"resultHash":      hexutil.Bytes(reexecResult[:]),
	})
}

// SignVoid is a verifier's vote to void a receipt whose re-execution gave
// reexecResult.
func (c *Client) SignVoid(ctx context.Context, verifier *Signer, receiptID, reexecResult common.Hash) (VoidVote, error) {
	rec, err := c.Receipt(ctx, receiptID)
	if err != nil {
		return VoidVote{}, err
	}
	if rec.State == ReceiptNone {
		return VoidVote{}, fmt.Errorf("sign void: %w: %s", ErrReceiptNotFound, receiptID)
	}
	d, err := c.VoidDigest(receiptID, rec.InputCommitment, reexecResult)
	if err != nil {
		return VoidVote{}, err
	}
	sig, err := verifier.SignHash(d[:])
	if err != nil {
		return VoidVote{}, err
	}
	return VoidVote{Verifier: verifier.Address, Signature: sig}, nil
}

// Void voids a receipt inside its challenge window with a quorum of votes
// (anyone may send it). Votes are sorted by verifier as the contract wants;
// a receipt already voided sends nothing.
func (c *Client) Void(ctx context.Context, from *Signer, receiptID, reexecResult common.Hash, votes []VoidVote) (TxInfo, error) {
	rec, err := c.Receipt(ctx, receiptID)
	if err != nil {
		return TxInfo{}, err
	}
	if rec.State == ReceiptVoided {
		return TxInfo{}, nil
	}
	d, err := c.VoidDigest(receiptID, rec.InputCommitment, reexecResult)
	if err != nil {
		return TxInfo{}, err
	}
	sorted := append([]VoidVote(nil), votes...)
	for _, v := range sorted {
		signer, err := recoverSigner(d[:], v.Signature)
		if err != nil || signer != v.Verifier {
			return TxInfo{}, fmt.Errorf("void: %w: vote of %s does not verify: have the verifier sign this receipt and result hash", ErrBadSignature, v.Verifier)
		}
	}
	sort.Slice(sorted, func(i, j int) bool { return bytes.Compare(sorted[i].Verifier[:], sorted[j].Verifier[:]) < 0 })
	sigs := make([][]byte, len(sorted))
	for i, v := range sorted {
		sigs[i] = v.Signature
	}
	return c.send(ctx, "void receipt", from, c.escrow, c.escrowABI.PackVoidReceipt(receiptID, reexecResult, sigs))
}
