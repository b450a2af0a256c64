package node

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"testing"

	"github.com/decentralized-ml/dml/federated"
	"github.com/decentralized-ml/dml/marketplace"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func signedUpdate(t *testing.T, chainID *big.Int, escrow common.Address, job common.Hash) (federated.Update, *marketplace.Signer) {
	t.Helper()
	key, _ := crypto.GenerateKey()
	dev := marketplace.NewSigner(key)
	s := &marketplace.SignedReceipt{JobID: job, ModuleCID: "bafkmodule", ModuleSHA256: common.HexToHash("0xaa"),
		ModelSHA256: common.HexToHash("0xbb"), ResultHash: common.HexToHash("0xcc"), Status: "ok", GasUsed: 10, GasLimit: 100,
		GasTable: "v2", Determinism: "strict", ABIVersion: 1, RuntimeVersion: "0.1.0"}
	if err := s.Sign(dev, chainID, escrow); err != nil {
		t.Fatal(err)
	}
	m := &UpdateMessage{JobID: job, Device: dev.Address, Receipt: *s}
	signed, _ := json.Marshal(m.Receipt)
	return federated.Update{Device: dev.Address.Hex(), Receipt: federated.ReceiptInfo{
		ModuleCID: s.ModuleCID, ModuleSHA256: hexOf(s.ModuleSHA256), ModelSHA256: hexOf(s.ModelSHA256), ResultHash: hexOf(s.ResultHash),
		Status: "ok", GasUsed: 10, GasLimit: 100, Signature: s.Signature, Signed: signed}}, dev
}

func TestReceiptVerifier(t *testing.T) {
	chainID, escrow, job := big.NewInt(1337), common.HexToAddress("0xe5c0"), common.HexToHash("0x70b")
	v := ReceiptVerifier{ChainID: chainID, Escrow: escrow, JobID: job}
	good, _ := signedUpdate(t, chainID, escrow, job)
	if err := v.Verify(good); err != nil {
		t.Fatalf("good update: %v", err)
	}
	other, _ := signedUpdate(t, chainID, escrow, job)
	for _, tc := range []struct {
		name   string
		change func(u *federated.Update)
		want   error
	}{
		{"other device", func(u *federated.Update) { u.Device = other.Device }, ErrReceiptMismatch},
		{"result hash", func(u *federated.Update) { u.Receipt.ResultHash = hexOf(common.HexToHash("0xdd")) }, ErrReceiptMismatch},
		{"model", func(u *federated.Update) { u.Receipt.ModelSHA256 = "00" }, ErrReceiptMismatch},
		{"gas used", func(u *federated.Update) { u.Receipt.GasUsed = 9 }, ErrReceiptMismatch},
		{"status", func(u *federated.Update) { u.Receipt.Status = "out_of_gas" }, ErrReceiptMismatch},
		{"signature", func(u *federated.Update) { u.Receipt.Signature = other.Receipt.Signature }, marketplace.ErrBadSignature},
		{"signed fields", func(u *federated.Update) { u.Receipt.Signed = []byte("{") }, ErrReceiptMismatch},
	} {
		u := good
		tc.change(&u)
		if err := v.Verify(u); !errors.Is(err, tc.want) {
			t.Errorf("%s: err %v, want %v", tc.name, err, tc.want)
		}
	}
	for _, wrong := range []ReceiptVerifier{
		{ChainID: chainID, Escrow: escrow, JobID: common.HexToHash("0x70c")},
		{ChainID: big.NewInt(1), Escrow: escrow, JobID: job},
	} {
		if err := wrong.Verify(good); err == nil {
			t.Errorf("verifier %s accepted a receipt for another job or chain", fmt.Sprint(wrong.JobID, wrong.ChainID))
		}
	}
}
