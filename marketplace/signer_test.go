package marketplace

import (
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

func TestSignHashRecovers(t *testing.T) {
	s := testKey("signer")
	digest := crypto.Keccak256([]byte("digest"))
	sig, err := s.SignHash(digest)
	if err != nil {
		t.Fatal(err)
	}
	if v := sig[64]; v != 27 && v != 28 {
		t.Fatalf("v = %d, want 27 or 28 for ecrecover", v)
	}
	lowV := append([]byte(nil), sig...)
	lowV[64] -= 27
	cases := []struct {
		name string
		sig  []byte
		ok   bool
	}{
		{"v 27/28", sig, true},
		{"v 0/1", lowV, true},
		{"short", sig[:64], false},
		{"empty", nil, false},
		{"bad v", append(append([]byte(nil), sig[:64]...), 40), false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := recoverSigner(digest, c.sig)
			if c.ok {
				if err != nil || got != s.Address {
					t.Fatalf("recovered %s, %v; want %s", got, err, s.Address)
				}
				return
			}
			if err == nil && got == s.Address {
				t.Fatal("a broken signature recovered the signer")
			}
		})
	}
}
