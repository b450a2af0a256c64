package node

import (
	"bytes"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

func TestSealOpens(t *testing.T) {
	customer, _ := crypto.GenerateKey()
	other, _ := crypto.GenerateKey()
	msg := []byte("outputs of a run, for the customer only")
	sealed, err := Seal(&customer.PublicKey, msg)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(sealed, msg) {
		t.Fatal("sealed bytes contain the plaintext")
	}
	got, err := Open(customer, sealed)
	if err != nil || !bytes.Equal(got, msg) {
		t.Fatalf("open: %q, %v", got, err)
	}
	if _, err := Open(other, sealed); !errors.Is(err, ErrSealed) {
		t.Errorf("another key opened it: %v", err)
	}
	sealed[len(sealed)-1] ^= 1
	if _, err := Open(customer, sealed); !errors.Is(err, ErrSealed) {
		t.Errorf("a tampered ciphertext opened: %v", err)
	}
}
