package marketplace

import (
	"crypto/ecdsa"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Signer is an unlocked account: it signs transactions, listings, receipts
// and voids.
type Signer struct {
	Address common.Address
	key     *ecdsa.PrivateKey
}

// NewSigner wraps a private key.
func NewSigner(key *ecdsa.PrivateKey) *Signer {
	return &Signer{Address: crypto.PubkeyToAddress(key.PublicKey), key: key}
}

// SignHash signs a 32-byte digest and returns r || s || v with v 27 or 28,
// the form Solidity's ecrecover and OpenZeppelin's ECDSA expect.
func (s *Signer) SignHash(digest []byte) ([]byte, error) {
	sig, err := crypto.Sign(digest, s.key)
	if err != nil {
		return nil, fmt.Errorf("sign as %s: %w", s.Address, err)
	}
	sig[64] += 27
	return sig, nil
}

// recoverSigner returns the address that made sig (v 27/28 or 0/1) over digest.
func recoverSigner(digest, sig []byte) (common.Address, error) {
	if len(sig) != 65 {
		return common.Address{}, fmt.Errorf("%w: signature is %d bytes, want 65", ErrBadSignature, len(sig))
	}
	s := make([]byte, 65)
	copy(s, sig)
	if s[64] >= 27 {
		s[64] -= 27
	}
	pub, err := crypto.SigToPub(digest, s)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}
