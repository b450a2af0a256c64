// Package idx reads and writes the IDX format of MNIST and Fashion-MNIST
// (yann.lecun.com/exdb/mnist): a magic number 0x0000TTNN (TT the element
// type, NN the number of dims), NN big-endian uint32 dims, then the
// elements in row-major order. Only unsigned bytes (TT = 0x08) are
// supported, which is what both data sets use. Gzipped files are read
// transparently.
package idx

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
)

// ErrFormat marks input that is not a readable u8 IDX file.
var ErrFormat = errors.New("not a u8 IDX file")

// typeU8 is the element-type byte of unsigned bytes.
const typeU8 = 0x08

// maxElems bounds what Read allocates (1 GiB), against corrupt dims.
const maxElems = 1 << 30

// Array is an IDX array of unsigned bytes.
type Array struct {
	Dims []int
	Data []uint8 // row-major, len = product of Dims
}

// Read reads one IDX array from r, gunzipping it if it starts with the gzip
// magic.
func Read(r io.Reader) (Array, error) {
	br := bufio.NewReader(r)
	if head, err := br.Peek(2); err == nil && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return Array{}, fmt.Errorf("idx: gzip: %v: %w", err, ErrFormat)
		}
		defer zr.Close()
		return read(bufio.NewReader(zr))
	}
	return read(br)
}

func read(r io.Reader) (Array, error) {
	var magic [4]byte
	if _, err := io.ReadFull(r, magic[:]); err != nil {
		return Array{}, fmt.Errorf("idx: magic number: %v: %w", err, ErrFormat)
	}
	if magic[0] != 0 || magic[1] != 0 || magic[3] == 0 {
		return Array{}, fmt.Errorf("idx: magic % x: want 00 00 TT NN: %w", magic, ErrFormat)
	}
	if magic[2] != typeU8 {
		return Array{}, fmt.Errorf("idx: element type %#02x: only unsigned bytes (0x08) are supported: %w", magic[2], ErrFormat)
	}
	dims := make([]int, magic[3])
	n := 1
	for i := range dims {
		var d uint32
		if err := binary.Read(r, binary.BigEndian, &d); err != nil {
			return Array{}, fmt.Errorf("idx: dim %d: %v: %w", i, err, ErrFormat)
		}
		dims[i] = int(d)
		if d != 0 && n > maxElems/int(d) {
			return Array{}, fmt.Errorf("idx: dims %v exceed %d elements: %w", dims[:i+1], maxElems, ErrFormat)
		}
		n *= int(d)
	}
	data := make([]uint8, n)
	if _, err := io.ReadFull(r, data); err != nil {
		return Array{}, fmt.Errorf("idx: dims %v need %d bytes of data: %v: %w", dims, n, err, ErrFormat)
	}
	return Array{Dims: dims, Data: data}, nil
}

// ReadFile reads the IDX file at path (gzipped or not).
func ReadFile(path string) (Array, error) {
	f, err := os.Open(path)
	if err != nil {
		return Array{}, err
	}
	defer f.Close()
	a, err := Read(f)
	if err != nil {
		return Array{}, fmt.Errorf("%s: %w", path, err)
	}
	return a, nil
}

// Write writes a as an uncompressed u8 IDX array. It fails if len(a.Data)
// is not the product of a.Dims or a has no dims or more than 255.
func Write(w io.Writer, a Array) error {
	n := 1
	for _, d := range a.Dims {
		if d < 0 || d > 1<<32-1 {
			return fmt.Errorf("idx: dim %d does not fit in uint32: %w", d, ErrFormat)
		}
		n *= d
	}
	if len(a.Dims) == 0 || len(a.Dims) > 255 || n != len(a.Data) {
		return fmt.Errorf("idx: %d dims %v with %d elements: want 1..255 dims whose product is the element count: %w", len(a.Dims), a.Dims, len(a.Data), ErrFormat)
	}
	head := []byte{0, 0, typeU8, byte(len(a.Dims))}
	for _, d := range a.Dims {
		head = binary.BigEndian.AppendUint32(head, uint32(d))
	}
	if _, err := w.Write(head); err != nil {
		return err
	}
	_, err := w.Write(a.Data)
	return err
}
