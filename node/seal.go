package node

import (
	"crypto/ecdsa"
	"crypto/rand"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/crypto/ecies"
)

// ErrSealed marks sealed bytes the key cannot open.
var ErrSealed = errors.New("cannot open sealed result")

// Seal encrypts data to the customer's public key (ECIES on secp256k1,
// AES-128-CTR + HMAC-SHA-256): only the holder of the private key reads it.
func Seal(to *ecdsa.PublicKey, data []byte) ([]byte, error) {
	ct, err := ecies.Encrypt(rand.Reader, ecies.ImportECDSAPublic(to), data, nil, nil)
	if err != nil {
		return nil, fmt.Errorf("seal result: %w", err)
	}
	return ct, nil
}

// Open decrypts what Seal made for key's public half.
func Open(key *ecdsa.PrivateKey, sealed []byte) ([]byte, error) {
	pt, err := ecies.ImportECDSA(key).Decrypt(sealed, nil, nil)
	if err != nil {
		return nil, fmt.Errorf("%w: %v: is it sealed to this key?", ErrSealed, err)
	}
	return pt, nil
}
