package ipfs

import (
	"bytes"
	"context"
	"encoding/base32"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multihash"
)

// blockPath is where flatfs (next-to-last/2) keeps the block of c.
func blockPath(s *Store, c cid.Cid) string {
	key := base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(c.Hash())
	return filepath.Join(s.Dir(), "blocks", key[len(key)-3:len(key)-1], key+".data")
}

func rawCID(t testing.TB, data []byte) cid.Cid {
	mh, err := multihash.Sum(data, multihash.SHA2_256, -1)
	if err != nil {
		t.Fatal(err)
	}
	return cid.NewCidV1(cid.Raw, mh)
}

func corrupt(t testing.TB, path string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("block file: %v", err)
	}
	b[len(b)/2] ^= 0xff
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestGetCorruptBlockNamesIt(t *testing.T) {
	data, _ := io.ReadAll(newCounterStream(3*ChunkSize + 5))
	leaf := rawCID(t, data[ChunkSize:2*ChunkSize]) // the second leaf
	tests := []struct {
		name    string
		target  func(root cid.Cid) cid.Cid
		readAll bool
	}{
		{"leaf", func(cid.Cid) cid.Cid { return leaf }, true},
		{"root", func(root cid.Cid) cid.Cid { return root }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openTemp(t)
			root, err := s.Add(t.Context(), bytes.NewReader(data), AddOptions{})
			if err != nil {
				t.Fatal(err)
			}
			bad := tt.target(root)
			corrupt(t, blockPath(s, bad))
			r, err := s.Get(t.Context(), root)
			if err == nil {
				var got []byte
				got, err = io.ReadAll(r)
				r.Close()
				if err == nil {
					t.Fatalf("Get returned %d bytes from a corrupt store, no error", len(got))
				}
			}
			if !errors.Is(err, ErrHashMismatch) || !strings.Contains(err.Error(), bad.String()) {
				t.Fatalf("err = %v; want ErrHashMismatch naming %s", err, bad)
			}
		})
	}
}

func TestGetMissing(t *testing.T) {
	s := openTemp(t)
	c := rawCID(t, []byte("never added"))
	_, err := s.Get(t.Context(), c)
	if !errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), c.String()) {
		t.Fatalf("Get of a missing CID: %v", err)
	}
	if ok, err := s.Has(t.Context(), c); ok || err != nil {
		t.Fatalf("Has = %v, %v", ok, err)
	}
}

func TestGetMissingLeaf(t *testing.T) {
	s := openTemp(t)
	data, _ := io.ReadAll(newCounterStream(2 * ChunkSize))
	root, _ := s.Add(t.Context(), bytes.NewReader(data), AddOptions{})
	leaf := rawCID(t, data[ChunkSize:])
	os.Remove(blockPath(s, leaf))
	r, err := s.Get(t.Context(), root)
	if err != nil {
		t.Fatal(err)
	}
	_, err = io.ReadAll(r)
	if !errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), leaf.String()) {
		t.Fatalf("read with a missing leaf: %v", err)
	}
}

// BenchmarkGetLocal reads a 64 MB file back from the local store.
func BenchmarkGetLocal(b *testing.B) {
	s := openTemp(b)
	data, _ := io.ReadAll(newCounterStream(64 << 20))
	c, err := s.Add(context.Background(), bytes.NewReader(data), AddOptions{})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		r, err := s.Get(context.Background(), c)
		if err != nil {
			b.Fatal(err)
		}
		if n, err := io.Copy(io.Discard, r); err != nil || n != int64(len(data)) {
			b.Fatal(n, err)
		}
		r.Close()
	}
}
