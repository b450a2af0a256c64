package idx

import (
	"bytes"
	"compress/gzip"
	"errors"
	"slices"
	"testing"
)

func TestRoundTrip(t *testing.T) {
	a := Array{Dims: []int{2, 2, 3}, Data: []uint8{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 255}}
	var plain bytes.Buffer
	if err := Write(&plain, a); err != nil {
		t.Fatal(err)
	}
	if want := []byte{0, 0, 8, 3, 0, 0, 0, 2, 0, 0, 0, 2, 0, 0, 0, 3}; !bytes.HasPrefix(plain.Bytes(), want) {
		t.Fatalf("header % x, want % x", plain.Bytes()[:16], want)
	}
	var zipped bytes.Buffer
	zw := gzip.NewWriter(&zipped)
	zw.Write(plain.Bytes())
	zw.Close()
	for name, b := range map[string][]byte{"plain": plain.Bytes(), "gzip": zipped.Bytes()} {
		got, err := Read(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !slices.Equal(got.Dims, a.Dims) || !slices.Equal(got.Data, a.Data) {
			t.Errorf("%s: read %+v, want %+v", name, got, a)
		}
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
	}{
		{"empty", nil},
		{"bad magic", []byte{1, 0, 8, 1, 0, 0, 0, 1, 7}},
		{"zero dims", []byte{0, 0, 8, 0}},
		{"float elements", []byte{0, 0, 0x0d, 1, 0, 0, 0, 1, 0, 0, 0, 0}},
		{"truncated dims", []byte{0, 0, 8, 2, 0, 0, 0, 1}},
		{"truncated data", []byte{0, 0, 8, 1, 0, 0, 0, 3, 1, 2}},
		{"huge dims", []byte{0, 0, 8, 2, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}},
		{"bad gzip", []byte{0x1f, 0x8b, 0}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Read(bytes.NewReader(tc.in)); !errors.Is(err, ErrFormat) {
				t.Errorf("err = %v, want ErrFormat", err)
			}
		})
	}
}

func TestWriteRefusesBadShape(t *testing.T) {
	if err := Write(&bytes.Buffer{}, Array{Dims: []int{2}, Data: []uint8{1}}); !errors.Is(err, ErrFormat) {
		t.Errorf("err = %v, want ErrFormat", err)
	}
}
