package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/marketplace"
	"github.com/decentralized-ml/dml/receipt"
)

// signedReceiptFile is a device-signed receipt as `dmlrun job submit` writes
// it: the EIP-712 receipt with its signature, and the domain it was signed
// for (chain id and escrow), so that anyone can check the signature offline.
type signedReceiptFile struct {
	ReceiptID common.Hash    `json:"receipt_id"`
	ChainID   uint64         `json:"chain_id"`
	Escrow    common.Address `json:"escrow"`
	marketplace.SignedReceipt
}

// errNotSigned means a receipt file is a plain (unsigned) receipt.
var errNotSigned = errors.New("not a signed receipt")

// signedReceiptPath is where submit writes the signed form of a receipt.
func signedReceiptPath(receiptPath string) string {
	return strings.TrimSuffix(receiptPath, filepath.Ext(receiptPath)) + ".signed.json"
}

// readSignedReceipt reads a signed receipt file and checks its signature and
// id; a plain receipt gives errNotSigned.
func readSignedReceipt(path string) (*signedReceiptFile, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, errNotSigned // receipt.Read reports it
	}
	var probe map[string]json.RawMessage
	if json.Unmarshal(data, &probe) != nil {
		return nil, errNotSigned
	}
	if _, ok := probe["signature"]; !ok {
		return nil, errNotSigned
	}
	if _, ok := probe["job_id"]; !ok {
		return nil, errNotSigned
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var f signedReceiptFile
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("%s: %w: %v", path, receipt.ErrFormat, err)
	}
	if err := f.check(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &f, nil
}

// check verifies the device's signature and that the id is the digest.
func (f *signedReceiptFile) check() error {
	chainID := new(big.Int).SetUint64(f.ChainID)
	if err := f.SignedReceipt.Verify(chainID, f.Escrow); err != nil {
		return err
	}
	d, err := f.Digest(chainID, f.Escrow)
	if err != nil {
		return err
	}
	if d != f.ReceiptID {
		return fmt.Errorf("%w: receipt_id %s, the fields hash to %s", receipt.ErrEdited, f.ReceiptID, d)
	}
	return nil
}

func (f *signedReceiptFile) write(path string) error {
	data, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(data, '\n'), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// plain is the receipt the signed one binds, in the form verify compares
// against a re-run.
func (f *signedReceiptFile) plain() *receipt.Receipt {
	h := func(x common.Hash) string { return strings.TrimPrefix(x.Hex(), "0x") }
	return &receipt.Receipt{
		Version:      receipt.FormatVersion,
		ModuleSHA256: h(f.ModuleSHA256), ModuleCID: f.ModuleCID,
		InputCommitment: h(f.InputCommitment), ParamsSHA256: h(f.ParamsSHA256), ModelSHA256: h(f.ModelSHA256),
		ResultHash: h(f.ResultHash), Status: abi.RunStatus(f.Status), GasLimit: f.GasLimit, GasUsed: f.GasUsed,
		GasTable: f.GasTable, Determinism: f.Determinism, ABIVersion: int(f.ABIVersion), RuntimeVersion: f.RuntimeVersion,
	}
}
