package marketplace

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestFromReceipt(t *testing.T) {
	job := common.Hash{7}
	good := runReceipt("r", 5, 10)
	s, err := FromReceipt(good, job, testKey("d").Address)
	if err != nil {
		t.Fatal(err)
	}
	if s.ResultHash != common.HexToHash(good.ResultHash) || s.GasUsed != 5 || s.GasLimit != 10 || s.Status != "ok" {
		t.Fatalf("converted %+v", s)
	}
	cases := []struct {
		name string
		edit func()
	}{
		{"no module cid", func() { good.ModuleCID = "" }},
		{"short hash", func() { good.InputCommitment = "abcd" }},
		{"not hex", func() { good.ResultHash = string(make([]byte, 64)) }},
		{"negative abi version", func() { good.ABIVersion = -1 }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			good = runReceipt("r", 5, 10)
			c.edit()
			_, err := FromReceipt(good, job, common.Address{})
			mustIs(t, err, ErrInvalidInput)
		})
	}
}

// TestReceiptDigestMatchesContract checks the Go EIP-712 digest against the
// contract's own receiptDigest, and that every field is covered.
func TestReceiptDigestMatchesContract(t *testing.T) {
	w := newWorld(t, newSimChain(t))
	ctx := context.Background()
	base := w.signed(t, common.Hash{1}, w.devices[0], runReceipt("r", 5, 10))
	edits := []func(s *SignedReceipt){
		func(s *SignedReceipt) {},
		func(s *SignedReceipt) { s.JobID[0]++ },
		func(s *SignedReceipt) { s.Device = common.Address{9} },
		func(s *SignedReceipt) { s.ModuleCID += "x" },
		func(s *SignedReceipt) { s.ModuleSHA256[0]++ },
		func(s *SignedReceipt) { s.InputCommitment[0]++ },
		func(s *SignedReceipt) { s.ParamsSHA256[0]++ },
		func(s *SignedReceipt) { s.ModelSHA256[0]++ },
		func(s *SignedReceipt) { s.ResultHash[0]++ },
		func(s *SignedReceipt) { s.Status = "trap" },
		func(s *SignedReceipt) { s.GasUsed++ },
		func(s *SignedReceipt) { s.GasLimit++ },
		func(s *SignedReceipt) { s.GasTable = "v2" },
		func(s *SignedReceipt) { s.Determinism = "fast-amd64" },
		func(s *SignedReceipt) { s.ABIVersion++ },
		func(s *SignedReceipt) { s.RuntimeVersion = "9" },
	}
	seen := map[common.Hash]bool{}
	for i, edit := range edits {
		s := *base
		edit(&s)
		goDigest, err := s.Digest(w.c.ChainID(), w.c.Addresses().Escrow)
		if err != nil {
			t.Fatal(err)
		}
		raw, err := w.c.escrow.CallRaw(w.c.callOpts(ctx), w.c.escrowABI.PackReceiptDigest(s.input()))
		if err != nil {
			t.Fatal(err)
		}
		chainDigest, err := w.c.escrowABI.UnpackReceiptDigest(raw)
		if err != nil {
			t.Fatal(err)
		}
		if goDigest != chainDigest {
			t.Fatalf("edit %d: Go digest %s, contract %x", i, goDigest, chainDigest)
		}
		if seen[goDigest] {
			t.Fatalf("edit %d does not change the digest: a field is not signed", i)
		}
		seen[goDigest] = true
		if i > 0 {
			mustIs(t, s.Verify(w.c.ChainID(), w.c.Addresses().Escrow), ErrBadSignature)
		}
	}
	mustIs(t, base.Verify(big.NewInt(1), w.c.Addresses().Escrow), ErrBadSignature)
	if err := base.Verify(w.c.ChainID(), w.c.Addresses().Escrow); err != nil {
		t.Fatal(err)
	}
}
