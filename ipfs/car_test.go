package ipfs

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/ipfs/go-cid"
)

func TestCARRoundTrip(t *testing.T) {
	for _, tt := range []struct {
		name string
		n    int64
		v0   bool
	}{{"small v1", 100, false}, {"multi v1", 3*ChunkSize + 9, false}, {"multi v0", 3*ChunkSize + 9, true}, {"empty", 0, false}} {
		t.Run(tt.name, func(t *testing.T) {
			src, dst := openTemp(t), openTemp(t)
			want, _ := io.ReadAll(newCounterStream(tt.n))
			root, err := src.Add(t.Context(), bytes.NewReader(want), AddOptions{CIDv0: tt.v0})
			if err != nil {
				t.Fatal(err)
			}
			var car bytes.Buffer
			if err := src.ExportCAR(t.Context(), root, &car); err != nil {
				t.Fatal(err)
			}
			roots, err := dst.ImportCAR(t.Context(), &car)
			if err != nil {
				t.Fatal(err)
			}
			if len(roots) != 1 || !roots[0].Equals(root) || !dst.IsPinned(root) {
				t.Fatalf("roots %v, pinned %v", roots, dst.IsPinned(root))
			}
			if got := readAll(t, dst, root); !bytes.Equal(got, want) {
				t.Fatal("imported content differs")
			}
		})
	}
}

func exportCAR(t *testing.T, n int64) (cid.Cid, []byte) {
	src := openTemp(t)
	root, err := src.Add(t.Context(), newCounterStream(n), AddOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var car bytes.Buffer
	if err := src.ExportCAR(t.Context(), root, &car); err != nil {
		t.Fatal(err)
	}
	return root, car.Bytes()
}

func TestImportCARTruncated(t *testing.T) {
	root, car := exportCAR(t, 3*ChunkSize+9)
	for _, tt := range []struct {
		name string
		cut  int
	}{
		{"mid header", 10},
		{"mid block", len(car) / 2},
		{"last byte", len(car) - 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dst := openTemp(t)
			_, err := dst.ImportCAR(t.Context(), bytes.NewReader(car[:tt.cut]))
			if !errors.Is(err, ErrTruncatedCAR) {
				t.Fatalf("err = %v, want ErrTruncatedCAR", err)
			}
			if dst.IsPinned(root) {
				t.Fatal("truncated CAR pinned its root")
			}
			if pins, _ := dst.Pins(t.Context()); len(pins) != 0 {
				t.Fatalf("pins %v", pins)
			}
		})
	}
}

func TestImportCARIncompleteDAG(t *testing.T) {
	root, car := exportCAR(t, 3*ChunkSize+9)
	// Drop the last section (the 9-byte leaf): 1 varint + 36 CID + 9 bytes.
	cut := car[:len(car)-(1+36+9)]
	dst := openTemp(t)
	_, err := dst.ImportCAR(t.Context(), bytes.NewReader(cut))
	if !errors.Is(err, ErrTruncatedCAR) || !errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), root.String()) {
		t.Fatalf("err = %v", err)
	}
	if dst.IsPinned(root) {
		t.Fatal("incomplete DAG pinned")
	}
}

func TestImportCARForgedBlock(t *testing.T) {
	root, car := exportCAR(t, 100)
	car[len(car)-1] ^= 1
	dst := openTemp(t)
	_, err := dst.ImportCAR(t.Context(), bytes.NewReader(car))
	if !errors.Is(err, ErrHashMismatch) || !strings.Contains(err.Error(), root.String()) {
		t.Fatalf("err = %v", err)
	}
	if ok, _ := dst.Has(t.Context(), root); ok {
		t.Fatal("forged block stored")
	}
}

func TestImportCARNotACAR(t *testing.T) {
	dst := openTemp(t)
	_, err := dst.ImportCAR(t.Context(), strings.NewReader(strings.Repeat("this is not a CAR file at all, just text. ", 8)))
	if !errors.Is(err, ErrNotCAR) || errors.Is(err, ErrTruncatedCAR) || !strings.Contains(err.Error(), "CAR") {
		t.Fatalf("garbage: %v", err)
	}
}
