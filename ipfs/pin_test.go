package ipfs

import (
	"bytes"
	"errors"
	"io"
	"os"
	"strings"
	"testing"
)

func TestPinUnpinGC(t *testing.T) {
	s := openTemp(t)
	ctx := t.Context()
	keep, err := s.Add(ctx, newCounterStream(2*ChunkSize+1), AddOptions{})
	if err != nil {
		t.Fatal(err)
	}
	drop, err := s.Add(ctx, strings.NewReader("drop me"), AddOptions{})
	if err != nil {
		t.Fatal(err)
	}
	loose, err := s.Add(ctx, strings.NewReader("never pinned"), AddOptions{NoPin: true})
	if err != nil {
		t.Fatal(err)
	}
	if s.IsPinned(loose) {
		t.Fatal("NoPin add was pinned")
	}
	if err := s.Unpin(ctx, drop); err != nil {
		t.Fatal(err)
	}
	if err := s.Unpin(ctx, drop); !errors.Is(err, ErrNotPinned) {
		t.Fatalf("second Unpin: %v", err)
	}
	removed, freed, err := s.GC(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if removed != 2 || freed != int64(len("drop me")+len("never pinned")) {
		t.Fatalf("GC removed %d blocks, %d bytes; want 2, %d", removed, freed, len("drop me")+len("never pinned"))
	}
	for _, c := range []interface{ String() string }{drop, loose} {
		cc, _ := ParseCID(c.String())
		if ok, _ := s.Has(ctx, cc); ok {
			t.Fatalf("%s survived GC", c)
		}
	}
	want, _ := io.ReadAll(newCounterStream(2*ChunkSize + 1))
	if got := readAll(t, s, keep); !bytes.Equal(got, want) {
		t.Fatal("pinned content damaged by GC")
	}
	if removed, _, _ := s.GC(ctx); removed != 0 {
		t.Fatalf("second GC removed %d", removed)
	}
	pins, _ := s.Pins(ctx)
	if len(pins) != 1 || !pins[0].Equals(keep) {
		t.Fatalf("Pins = %v", pins)
	}
}

func TestPinNeedsWholeDAG(t *testing.T) {
	s := openTemp(t)
	ctx := t.Context()
	data, _ := io.ReadAll(newCounterStream(2 * ChunkSize))
	root, _ := s.Add(ctx, bytes.NewReader(data), AddOptions{NoPin: true})
	if err := s.Pin(ctx, root); err != nil {
		t.Fatal(err)
	}
	s.Unpin(ctx, root)
	leaf := rawCID(t, data[:ChunkSize])
	os.Remove(blockPath(s, leaf))
	err := s.Pin(ctx, root)
	if !errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), leaf.String()) {
		t.Fatalf("Pin of an incomplete DAG: %v", err)
	}
	if s.IsPinned(root) {
		t.Fatal("incomplete DAG was pinned")
	}
}

func TestGCRefusesBrokenPin(t *testing.T) {
	s := openTemp(t)
	ctx := t.Context()
	root, _ := s.Add(ctx, newCounterStream(2*ChunkSize), AddOptions{})
	s.Add(ctx, strings.NewReader("garbage"), AddOptions{NoPin: true})
	corrupt(t, blockPath(s, root))
	removed, _, err := s.GC(ctx)
	if !errors.Is(err, ErrHashMismatch) || removed != 0 {
		t.Fatalf("GC with a corrupt pinned root: removed %d, %v", removed, err)
	}
}
