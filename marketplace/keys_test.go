package marketplace

import (
	"encoding/hex"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestKeys(t *testing.T) {
	home := t.TempDir()
	ks, err := OpenKeys(home, KeysConfig{Light: true})
	if err != nil {
		t.Fatal(err)
	}
	if ks.Dir() != filepath.Join(home, "keys") {
		t.Fatalf("dir %s", ks.Dir())
	}
	a, err := ks.New("pw")
	if err != nil {
		t.Fatal(err)
	}
	_, err = ks.New("")
	mustIs(t, err, ErrEmptyPassphrase)

	raw := testKey("import me")
	b, err := ks.ImportPrivateKey("0x"+hex.EncodeToString(crypto.FromECDSA(raw.key)), "pw2")
	if err != nil || b != raw.Address {
		t.Fatalf("import: %v (%s want %s)", err, b, raw.Address)
	}
	_, err = ks.ImportPrivateKey(hex.EncodeToString(crypto.FromECDSA(raw.key)), "pw2")
	mustIs(t, err, ErrKeyExists)
	_, err = ks.ImportPrivateKey("zz", "pw")
	if err == nil {
		t.Fatal("imported a non-key")
	}

	// A key file from another store, re-encrypted on import.
	other := keystore.NewKeyStore(t.TempDir(), keystore.LightScryptN, keystore.LightScryptP)
	acc, err := other.NewAccount("old")
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(acc.URL.Path)
	if err != nil {
		t.Fatal(err)
	}
	_, err = ks.ImportKeyFile(data, "wrong", "new")
	mustIs(t, err, ErrWrongPassphrase)
	c, err := ks.ImportKeyFile(data, "old", "new")
	if err != nil || c != acc.Address {
		t.Fatalf("import key file: %v", err)
	}

	// Reopen: everything is listed and unlocks with its passphrase only.
	ks2, err := OpenKeys(home, KeysConfig{Light: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := ks2.List(); len(got) != 3 {
		t.Fatalf("listed %d keys, want 3", len(got))
	}
	for _, c := range []struct {
		addr [20]byte
		pass string
		want error
	}{
		{a, "pw", nil}, {a, "nope", ErrWrongPassphrase}, {b, "pw2", nil}, {c, "new", nil}, {testKey("absent").Address, "pw", ErrNoKey},
	} {
		s, err := ks2.Signer(c.addr, c.pass)
		if c.want != nil {
			mustIs(t, err, c.want)
			continue
		}
		if err != nil || s.Address != c.addr {
			t.Fatalf("unlock %x: %v", c.addr, err)
		}
	}
}
