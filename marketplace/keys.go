package marketplace

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Errors of the key store.
var (
	ErrNoKey           = errors.New("no such key")
	ErrWrongPassphrase = errors.New("wrong passphrase")
	ErrKeyExists       = errors.New("key already in the key store")
)

// Keys is the go-ethereum key store under <home>/keys: one encrypted JSON
// file per account.
type Keys struct {
	dir string
	ks  *keystore.KeyStore
}

// KeysConfig sets the key store's scrypt cost. Default: go-ethereum's
// standard cost; tests use Light.
type KeysConfig struct {
	Light bool
}

// OpenKeys opens (creating if needed) the key store of a dmlrun home.
func OpenKeys(home string, cfg KeysConfig) (*Keys, error) {
	dir := filepath.Join(home, "keys")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("key store %s: %w", dir, err)
	}
	n, p := keystore.StandardScryptN, keystore.StandardScryptP
	if cfg.Light {
		n, p = keystore.LightScryptN, keystore.LightScryptP
	}
	return &Keys{dir: dir, ks: keystore.NewKeyStore(dir, n, p)}, nil
}

// Dir is where the key files are.
func (k *Keys) Dir() string { return k.dir }

// New creates an account encrypted with passphrase.
func (k *Keys) New(passphrase string) (common.Address, error) {
	if passphrase == "" {
		return common.Address{}, fmt.Errorf("new key: %w", ErrEmptyPassphrase)
	}
	a, err := k.ks.NewAccount(passphrase)
	if err != nil {
		return common.Address{}, fmt.Errorf("new key in %s: %w", k.dir, err)
	}
	return a.Address, nil
}

// List returns the accounts in the store, in file order.
func (k *Keys) List() []common.Address {
	accs := k.ks.Accounts()
	out := make([]common.Address, len(accs))
	for i, a := range accs {
		out[i] = a.Address
	}
	return out
}

// ImportKeyFile adds a go-ethereum key file (JSON) encrypted with
// passphrase, re-encrypting it with newPassphrase.
func (k *Keys) ImportKeyFile(keyJSON []byte, passphrase, newPassphrase string) (common.Address, error) {
	if newPassphrase == "" {
		return common.Address{}, fmt.Errorf("import key: %w", ErrEmptyPassphrase)
	}
	a, err := k.ks.Import(keyJSON, passphrase, newPassphrase)
	return a.Address, k.importErr(err)
}

// ImportPrivateKey adds a raw secp256k1 private key (hex, with or without
// 0x) encrypted with passphrase.
func (k *Keys) ImportPrivateKey(hexKey, passphrase string) (common.Address, error) {
	if passphrase == "" {
		return common.Address{}, fmt.Errorf("import key: %w", ErrEmptyPassphrase)
	}
	if len(hexKey) > 1 && hexKey[:2] == "0x" {
		hexKey = hexKey[2:]
	}
	key, err := crypto.HexToECDSA(hexKey)
	if err != nil {
		return common.Address{}, fmt.Errorf("import key: not a private key (64 hex digits): %w", err)
	}
	a, err := k.ks.ImportECDSA(key, passphrase)
	return a.Address, k.importErr(err)
}

func (k *Keys) importErr(err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, keystore.ErrAccountAlreadyExists):
		return fmt.Errorf("import key: %w: nothing to do", ErrKeyExists)
	case errors.Is(err, keystore.ErrDecrypt):
		return fmt.Errorf("import key: %w for the key file", ErrWrongPassphrase)
	}
	return fmt.Errorf("import key: %w", err)
}

// Signer decrypts an account's key.
func (k *Keys) Signer(addr common.Address, passphrase string) (*Signer, error) {
	acc, err := k.ks.Find(accounts.Account{Address: addr})
	if err != nil {
		return nil, fmt.Errorf("%w: %s is not in %s: dmlrun keys list shows what is", ErrNoKey, addr, k.dir)
	}
	data, err := os.ReadFile(acc.URL.Path)
	if err != nil {
		return nil, fmt.Errorf("read key %s: %w", addr, err)
	}
	key, err := keystore.DecryptKey(data, passphrase)
	if err != nil {
		if errors.Is(err, keystore.ErrDecrypt) {
			return nil, fmt.Errorf("unlock %s: %w", addr, ErrWrongPassphrase)
		}
		return nil, fmt.Errorf("unlock %s: %w", addr, err)
	}
	return NewSigner(key.PrivateKey), nil
}

// PrivateKey exposes a signer's key, for exporting it to another store.
func (s *Signer) PrivateKey() *ecdsa.PrivateKey { return s.key }
