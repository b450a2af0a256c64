package tensorfile

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sbinet/npyio"

	"github.com/decentralized-ml/dml/abi"
)

// handNPY spells out an NPY 1.0 file the way numpy.save 1.24 writes it:
// magic, version 1.0, header length 118 (u16 LE), the dictionary padded with
// spaces to byte 127, a newline, then the data. Checked once against
// numpy.save output; independent of npy_write.go.
func handNPY(dict string, data []byte) []byte {
	b := []byte("\x93NUMPY\x01\x00\x76\x00")
	b = append(b, dict...)
	for len(b) < 127 {
		b = append(b, ' ')
	}
	b = append(b, '\n')
	return append(b, data...)
}

func TestLoadNPYGolden(t *testing.T) {
	tests := []struct {
		name  string
		file  []byte
		want  abi.DType
		rank  int
		dtype abi.DType
		shape []int64
		data  []byte
	}{
		{"f8 vector", handNPY("{'descr': '<f8', 'fortran_order': False, 'shape': (2,), }", le(1.0, -2.5)), 0, -1,
			abi.F64, []int64{2}, le(1.0, -2.5)},
		{"f8 scalar", handNPY("{'descr': '<f8', 'fortran_order': False, 'shape': (), }", le(7.0)), abi.F64, 0,
			abi.F64, []int64{}, le(7.0)},
		{"f4", handNPY("{'descr': '<f4', 'fortran_order': False, 'shape': (1,), }", le(float32(1.5))), abi.F32, 1,
			abi.F32, []int64{1}, le(float32(1.5))},
		{"i8 matrix", handNPY("{'descr': '<i8', 'fortran_order': False, 'shape': (1, 1), }", le(int64(-1))), abi.I64, 2,
			abi.I64, []int64{1, 1}, le(int64(-1))},
		{"u1 |", handNPY("{'descr': '|u1', 'fortran_order': False, 'shape': (2, 2), }", []byte{1, 2, 3, 4}), abi.U8, 2,
			abi.U8, []int64{2, 2}, []byte{1, 2, 3, 4}},
		{"u1 <", handNPY("{'descr': '<u1', 'fortran_order': False, 'shape': (1,), }", []byte{9}), 0, -1,
			abi.U8, []int64{1}, []byte{9}},
		{"i4 fortran", handNPY("{'descr': '<i4', 'fortran_order': True, 'shape': (2, 3), }",
			le(int32(1), int32(4), int32(2), int32(5), int32(3), int32(6))), abi.I32, 2,
			abi.I32, []int64{2, 3}, le(int32(1), int32(2), int32(3), int32(4), int32(5), int32(6))},
		{"empty", handNPY("{'descr': '<f8', 'fortran_order': False, 'shape': (0, 3), }", nil), 0, 2,
			abi.F64, []int64{0, 3}, []byte{}},
		{"v2.0 header", append(append([]byte("\x93NUMPY\x02\x00\x3d\x00\x00\x00"),
			"{'descr': '<f8', 'fortran_order': False, 'shape': (1,), }   \n"...), le(3.0)...), 0, -1,
			abi.F64, []int64{1}, le(3.0)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := writeFile(t, "a.npy", tc.file)
			got, err := Load(p, "a", tc.want, tc.rank)
			if err != nil {
				t.Fatal(err)
			}
			if got.Name != "a" || got.DType != tc.dtype || !sameShape(got.Shape, tc.shape) || !bytes.Equal(got.Data, tc.data) {
				t.Fatalf("got %s %v %x, want %s %v %x", got.DType, got.Shape, got.Data, tc.dtype, tc.shape, tc.data)
			}
		})
	}
}

// TestLoadNPYFromNumpy reads files written by numpy 1.24 itself (testdata/).
func TestLoadNPYFromNumpy(t *testing.T) {
	got, err := Load("testdata/fortran_2x3x4_f8.npy", "x", abi.F64, 3)
	if err != nil {
		t.Fatal(err)
	}
	want := make([]float64, 24)
	for i := range want {
		want[i] = float64(i)
	}
	if !sameShape(got.Shape, []int64{2, 3, 4}) || !bytes.Equal(got.Data, abi.FromFloat64s("x", nil, want).Data) {
		t.Fatalf("fortran 2x3x4: got %v %v", got.Shape, got.Float64s())
	}
	s, err := Load("testdata/scalar_i8.npy", "s", 0, -1)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Shape) != 0 || !bytes.Equal(s.Data, le(int64(-42))) {
		t.Fatalf("scalar: got %v %x", s.Shape, s.Data)
	}
}

// TestNPYCrossNpyio checks both directions against npyio's own encoder and decoder.
func TestNPYCrossNpyio(t *testing.T) {
	vals := []float64{0.5, -1, 3e300, 0}
	var buf bytes.Buffer
	if err := npyio.Write(&buf, vals); err != nil {
		t.Fatal(err)
	}
	got, err := Load(writeFile(t, "v.npy", buf.Bytes()), "v", abi.F64, 1)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Data, abi.FromFloat64s("v", nil, vals).Data) {
		t.Fatalf("npyio.Write → Load: got %v", got.Float64s())
	}

	p := filepath.Join(t.TempDir(), "w.npy")
	if err := Save(p, tensor(abi.I32, []int64{3}, le(int32(7), int32(-8), int32(9)))); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var back []int32
	if err := npyio.Read(f, &back); err != nil {
		t.Fatal(err)
	}
	if len(back) != 3 || back[0] != 7 || back[1] != -8 || back[2] != 9 {
		t.Fatalf("Save → npyio.Read: got %v", back)
	}
}

func TestLoadNPYErrors(t *testing.T) {
	f8 := func(shape string) []byte {
		return handNPY("{'descr': '<f8', 'fortran_order': False, 'shape': "+shape+", }", nil)
	}
	v1len := func(n uint16) []byte { return binary.LittleEndian.AppendUint16([]byte("\x93NUMPY\x01\x00"), n) }
	tests := []struct {
		name  string
		file  []byte
		path  string // testdata file instead of file
		want  abi.DType
		rank  int
		err   error
		texts []string
	}{
		{name: "not npy", file: []byte("hello, world"), rank: -1, err: ErrFormat, texts: []string{"not a numpy .npy file"}},
		{name: "empty file", file: nil, rank: -1, err: ErrFormat, texts: []string{"magic"}},
		{name: "version 3", file: []byte("\x93NUMPY\x03\x00\x00\x00\x00\x00"), rank: -1, err: ErrFormat, texts: []string{"version 3.0"}},
		{name: "short length", file: []byte("\x93NUMPY\x01\x00\x05"), rank: -1, err: ErrFormat, texts: []string{"truncated header"}},
		{name: "header beyond file", file: append(v1len(500), "{}\n"...), rank: -1, err: ErrFormat, texts: []string{"header length 500"}},
		{name: "no newline", file: append(v1len(2), "{}"...), rank: -1, err: ErrFormat, texts: []string{"not a numpy.save header"}},
		{name: "keys out of order", file: handNPY("{'shape': (1,), 'fortran_order': False, 'descr': '<f8', }", le(1.0)),
			rank: -1, err: ErrFormat, texts: []string{"not a numpy.save header"}},
		{name: "bad fortran value", file: handNPY("{'descr': '<f8', 'fortran_order': Maybe, 'shape': (1,), }", le(1.0)),
			rank: -1, err: ErrFormat, texts: []string{"fortran_order"}},
		{name: "bad dim", file: f8("(x,)"), rank: -1, err: ErrFormat, texts: []string{"malformed header"}},
		{name: "negative dim", file: f8("(-1,)"), rank: -1, err: ErrFormat, texts: []string{"negative dimension"}},
		{name: "big-endian", path: "testdata/bigendian_f8.npy", rank: -1, err: ErrDType, texts: []string{"'>f8'", "big-endian", "astype('<f8')"}},
		{name: "object", path: "testdata/object.npy", rank: -1, err: ErrDType, texts: []string{"'|O'", "object array"}},
		{name: "complex", path: "testdata/complex_c16.npy", rank: -1, err: ErrDType, texts: []string{"'<c16'", "complex"}},
		{name: "bool", path: "testdata/bool.npy", rank: -1, err: ErrDType, texts: []string{"'|b1'", "astype('uint8')"}},
		{name: "u4", path: "testdata/u4.npy", rank: -1, err: ErrDType, texts: []string{"'<u4'", "not supported"}},
		{name: "want mismatch", file: handNPY("{'descr': '<f4', 'fortran_order': False, 'shape': (1,), }", le(float32(1))),
			want: abi.F64, rank: -1, err: ErrDType, texts: []string{"a.npy", "holds f32, expected f64", "a.astype('float64')"}},
		{name: "want u8", file: f8("(1,)"), want: abi.U8, rank: -1, err: ErrDType, texts: []string{"holds f64, expected u8", "astype('uint8')"}},
		{name: "rank mismatch", file: f8("(2, 3)"), rank: 1, err: ErrShape, texts: []string{"(2, 3)", "rank 2, expected rank 1"}},
		{name: "rank > MaxRank", file: f8("(1, 1, 1, 1, 1, 1, 1, 1, 1)"), rank: -1, err: ErrShape, texts: []string{"rank 9", "at most 8"}},
		{name: "overflow", file: f8("(4611686018427387904, 4)"), rank: -1, err: ErrShape, texts: []string{"overflows"}},
		{name: "truncated data", file: append(f8("(2,)"), le(1.0)...), rank: -1, err: ErrFormat, texts: []string{"needs 16 data bytes", "has 8"}},
		{name: "trailing data", file: append(f8("(1,)"), le(1.0, 2.0)...), rank: -1, err: ErrFormat, texts: []string{"needs 8 data bytes", "has 16"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := tc.path
			if p == "" {
				p = writeFile(t, "a.npy", tc.file)
			}
			_, err := Load(p, "a", tc.want, tc.rank)
			if !errors.Is(err, tc.err) {
				t.Fatalf("err = %v, want %v", err, tc.err)
			}
			for _, s := range append(tc.texts, p) {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("error %q does not mention %q", err, s)
				}
			}
		})
	}
}

func TestLoadMissingAndUnknown(t *testing.T) {
	dir := t.TempDir()
	for _, ext := range []string{".npy", ".csv"} {
		p := filepath.Join(dir, "nope"+ext)
		_, err := Load(p, "x", 0, -1)
		if !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), p) || !strings.Contains(err.Error(), "does not exist") {
			t.Errorf("%s: err = %v", ext, err)
		}
	}
	p := writeFile(t, "x.txt", []byte("1\n"))
	_, err := Load(p, "x", 0, -1)
	if !errors.Is(err, ErrFormat) || !strings.Contains(err.Error(), ".npy") || !strings.Contains(err.Error(), ".csv") {
		t.Errorf("unknown extension: err = %v", err)
	}
	if _, err := Load(writeFile(t, "x.csv", []byte("1\n")), "x", abi.DType(9), -1); !errors.Is(err, ErrDType) {
		t.Errorf("invalid want: err = %v", err)
	}
	if _, err := Load(writeFile(t, "x.csv", []byte("1\n")), "x", 0, abi.MaxRank+1); !errors.Is(err, ErrShape) {
		t.Errorf("rank > MaxRank: err = %v", err)
	}
	if _, err := Load(writeFile(t, "x.csv", []byte("1\n")), "", 0, -1); !errors.Is(err, ErrShape) {
		t.Errorf("empty name: err = %v", err)
	}
}
