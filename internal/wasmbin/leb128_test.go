package wasmbin

import (
	"errors"
	"testing"
)

func TestReadUleb(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		bits uint
		want uint64
		n    int
		err  error
	}{
		{"zero", []byte{0}, 32, 0, 1, nil},
		{"one byte max", []byte{0x7f}, 32, 127, 1, nil},
		{"two bytes", []byte{0xe5, 0x8e, 0x26}, 32, 624485, 3, nil},
		{"redundant zero allowed", []byte{0x80, 0x00}, 32, 0, 2, nil},
		{"u32 max", []byte{0xff, 0xff, 0xff, 0xff, 0x0f}, 32, 0xffffffff, 5, nil},
		{"u32 overflow", []byte{0xff, 0xff, 0xff, 0xff, 0x1f}, 32, 0, 0, ErrMalformed},
		{"u32 overlong", []byte{0x80, 0x80, 0x80, 0x80, 0x80, 0x00}, 32, 0, 0, ErrMalformed},
		{"u64 max", []byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}, 64, 1<<64 - 1, 10, nil},
		{"u64 overflow", []byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02}, 64, 0, 0, ErrMalformed},
		{"truncated", []byte{0x80}, 32, 0, 0, ErrTruncated},
		{"empty", nil, 32, 0, 0, ErrTruncated},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, n, err := readUleb(tt.in, 0, len(tt.in), tt.bits)
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Fatalf("err = %v, want %v", err, tt.err)
				}
				return
			}
			if err != nil || got != tt.want || n != tt.n {
				t.Fatalf("got %d, %d, %v; want %d, %d", got, n, err, tt.want, tt.n)
			}
		})
	}
}

func TestReadSleb(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		bits uint
		want int64
		err  error
	}{
		{"zero", []byte{0}, 32, 0, nil},
		{"minus one", []byte{0x7f}, 32, -1, nil},
		{"63", []byte{0x3f}, 32, 63, nil},
		{"-64", []byte{0x40}, 32, -64, nil},
		{"64", []byte{0xc0, 0x00}, 32, 64, nil},
		{"-123456", []byte{0xc0, 0xbb, 0x78}, 32, -123456, nil},
		{"i32 min", []byte{0x80, 0x80, 0x80, 0x80, 0x78}, 32, -2147483648, nil},
		{"i32 max", []byte{0xff, 0xff, 0xff, 0xff, 0x07}, 32, 2147483647, nil},
		{"i32 overflow", []byte{0xff, 0xff, 0xff, 0xff, 0x0f}, 32, 0, ErrMalformed},
		{"i32 bad sign bits", []byte{0x80, 0x80, 0x80, 0x80, 0x70}, 32, 0, ErrMalformed},
		{"i32 overlong", []byte{0x80, 0x80, 0x80, 0x80, 0x80, 0x00}, 32, 0, ErrMalformed},
		{"s33 type index", []byte{0xff, 0xff, 0xff, 0xff, 0x0f}, 33, 0xffffffff, nil},
		{"s33 block empty", []byte{0x40}, 33, -64, nil},
		{"i64 min", []byte{0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x7f}, 64, -1 << 63, nil},
		{"i64 max", []byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x00}, 64, 1<<63 - 1, nil},
		{"i64 overflow", []byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}, 64, 0, ErrMalformed},
		{"truncated", []byte{0xff}, 64, 0, ErrTruncated},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, n, err := readSleb(tt.in, 0, len(tt.in), tt.bits)
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Fatalf("err = %v, want %v", err, tt.err)
				}
				return
			}
			if err != nil || got != tt.want || n != len(tt.in) {
				t.Fatalf("got %d, %d, %v; want %d, %d", got, n, err, tt.want, len(tt.in))
			}
		})
	}
}
