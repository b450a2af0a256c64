package main

import (
	"errors"
	"fmt"

	"github.com/decentralized-ml/dml/receipt"
)

// readVerifyReceipt reads what `dmlrun verify` checks: a plain receipt, or a
// signed one whose device signature is checked here (a wrong signature or
// id is reported as an edited receipt). signedBy is the device of a signed
// receipt, else empty.
func readVerifyReceipt(path string) (r *receipt.Receipt, signedBy string, err error) {
	f, err := readSignedReceipt(path)
	if errors.Is(err, errNotSigned) {
		r, err = receipt.Read(path)
		return r, "", err
	}
	if err != nil {
		if errors.Is(err, receipt.ErrFormat) || errors.Is(err, receipt.ErrEdited) {
			return nil, "", err
		}
		return nil, "", fmt.Errorf("%w: %v", receipt.ErrEdited, err)
	}
	r = f.plain()
	r.ReceiptID = f.ReceiptID.Hex()
	return r, f.Device.Hex(), nil
}
