package demo

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"testing"
)

// rowScanner finds any of a set of byte rows (all the same length) inside a
// blob at any offset: a Rabin–Karp rolling hash over each window, confirmed
// byte by byte.
type rowScanner struct {
	width int
	pow   uint64 // base^(width-1)
	rows  map[uint64][][]byte
}

const rollBase = 1_000_003

func newRowScanner(rows [][]byte) *rowScanner {
	s := &rowScanner{width: len(rows[0]), pow: 1, rows: map[uint64][][]byte{}}
	for range s.width - 1 {
		s.pow *= rollBase
	}
	for _, r := range rows {
		h := s.hash(r)
		s.rows[h] = append(s.rows[h], r)
	}
	return s
}

func (s *rowScanner) hash(b []byte) uint64 {
	var h uint64
	for _, c := range b {
		h = h*rollBase + uint64(c)
	}
	return h
}

// find returns the offset of the first row found in blob, or -1.
func (s *rowScanner) find(blob []byte) int {
	if len(blob) < s.width {
		return -1
	}
	h := s.hash(blob[:s.width])
	for i := 0; ; i++ {
		for _, r := range s.rows[h] {
			if bytes.Equal(blob[i:i+s.width], r) {
				return i
			}
		}
		if i+s.width >= len(blob) {
			return -1
		}
		h = (h-uint64(blob[i])*s.pow)*rollBase + uint64(blob[i+s.width])
	}
}

// rowBytes is a row's features as raw little-endian float64s.
func rowBytes(x []float64) []byte {
	b := make([]byte, 8*len(x))
	for i, v := range x {
		binary.LittleEndian.PutUint64(b[8*i:], math.Float64bits(v))
	}
	return b
}

// TestNoRawRowLeaves scans every block of the content store, every
// transaction's input on the chain and every message the devices sent for
// every row of every device, as its raw little-endian feature bytes. (The
// demo writes no CSV: device data never leaves memory as text.)
func TestNoRawRowLeaves(t *testing.T) {
	res, _ := subsetRun(t)
	var rows [][]byte
	for _, d := range res.Data.Devices {
		for i := range d.N() {
			rows = append(rows, rowBytes(d.Row(i)))
		}
	}
	sc := newRowScanner(rows)

	var blobs []struct {
		what string
		data []byte
	}
	add := func(what string, b []byte) {
		blobs = append(blobs, struct {
			what string
			data []byte
		}{what, b})
	}
	err := filepath.WalkDir(res.StoreDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		add("store file "+p, b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	blocks := len(blobs)
	for i, tx := range res.TxInputs {
		add(fmt.Sprintf("transaction %d", i), tx)
	}
	for i, m := range res.Messages {
		add(fmt.Sprintf("device message %d", i), m)
	}
	if blocks < 10 || len(res.TxInputs) < 20 || len(res.Messages) != 8 {
		t.Fatalf("scanned %d store files, %d transactions, %d messages: the demo should have made more", blocks, len(res.TxInputs), len(res.Messages))
	}
	var total int
	for _, b := range blobs {
		total += len(b.data)
		if off := sc.find(b.data); off >= 0 {
			t.Errorf("%s holds a device's raw data row at offset %d", b.what, off)
		}
	}
	t.Logf("scanned %d rows against %d store files, %d transactions, %d messages (%d bytes)", len(rows), blocks, len(res.TxInputs), len(res.Messages), total)
}

// TestRowScannerFinds: the scanner does find a row hidden in a blob, at
// any offset, so the privacy test can fail.
func TestRowScannerFinds(t *testing.T) {
	rows := [][]byte{rowBytes([]float64{0, 0.5, 1, 0.25}), rowBytes([]float64{1, 1, 0, 0})}
	sc := newRowScanner(rows)
	for _, tc := range []struct {
		name string
		blob []byte
		want int
	}{
		{"at start", append(append([]byte{}, rows[1]...), 9, 9), 0},
		{"at odd offset", append(append([]byte{1, 2, 3}, rows[0]...), 7), 3},
		{"at end", append([]byte{5}, rows[0]...), 1},
		{"absent", bytes.Repeat([]byte{0}, 100), -1},
		{"one byte short", rows[0][1:], -1},
	} {
		if got := sc.find(tc.blob); got != tc.want {
			t.Errorf("%s: found at %d, want %d", tc.name, got, tc.want)
		}
	}
}
