package tensorfile

import (
	"bytes"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/decentralized-ml/dml/abi"
)

func TestLoadCSV(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		want  abi.DType
		rank  int
		dtype abi.DType
		shape []int64
		data  []byte
	}{
		{"column", "1\n2.5\n-3\n", 0, -1, abi.F64, []int64{3}, le(1.0, 2.5, -3.0)},
		{"column rank 1", "1\n2\n", abi.F64, 1, abi.F64, []int64{2}, le(1.0, 2.0)},
		{"column rank 2", "1\n2\n", abi.F64, 2, abi.F64, []int64{2, 1}, le(1.0, 2.0)},
		{"row rank 1", "1,2,3\n", abi.F64, 1, abi.F64, []int64{3}, le(1.0, 2.0, 3.0)},
		{"row any rank", "1,2,3\n", 0, -1, abi.F64, []int64{1, 3}, le(1.0, 2.0, 3.0)},
		{"matrix", "1,2\n3,4\n", 0, -1, abi.F64, []int64{2, 2}, le(1.0, 2.0, 3.0, 4.0)},
		{"scalar", "42\n", abi.I64, 0, abi.I64, []int64{}, le(int64(42))},
		{"spaces, CRLF, comments, blanks, no final newline",
			"# data\r\n\r\n  1 ,\t2 \r\n   # again\r\n3,  4", 0, -1, abi.F64, []int64{2, 2}, le(1.0, 2.0, 3.0, 4.0)},
		{"header", "a, \"b\"\n1,2\n", 0, -1, abi.F64, []int64{1, 2}, le(1.0, 2.0)},
		{"header after comment", "# c\nx\n5\n", 0, -1, abi.F64, []int64{1}, le(5.0)},
		{"byte-order mark", "\ufeffx,y\n1,2\n", 0, -1, abi.F64, []int64{1, 2}, le(1.0, 2.0)},
		{"nan inf", "nan\nNaN\ninf\n-Inf\n-0\n", abi.F64, 1, abi.F64, []int64{5},
			le(math.NaN(), math.NaN(), math.Inf(1), math.Inf(-1), math.Copysign(0, -1))},
		{"f32", "0.1\n1e38\n", abi.F32, 1, abi.F32, []int64{2}, le(float32(0.1), float32(1e38))},
		{"i64 extremes", "9223372036854775807\n-9223372036854775808\n", abi.I64, 1, abi.I64, []int64{2},
			le(int64(math.MaxInt64), int64(math.MinInt64))},
		{"i32 from savetxt floats", "3.000000000000000000e+00,-2.0\n", abi.I32, 2, abi.I32, []int64{1, 2}, le(int32(3), int32(-2))},
		{"i32 extremes", "2147483647,-2147483648\n", abi.I32, -1, abi.I32, []int64{1, 2}, le(int32(math.MaxInt32), int32(math.MinInt32))},
		{"u8", "0\n255\n", abi.U8, -1, abi.U8, []int64{2}, []byte{0, 255}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Load(writeFile(t, "a.csv", []byte(tc.text)), "a", tc.want, tc.rank)
			if err != nil {
				t.Fatal(err)
			}
			if got.DType != tc.dtype || !sameShape(got.Shape, tc.shape) || !bytes.Equal(got.Data, tc.data) {
				t.Fatalf("got %s %v %x, want %s %v %x", got.DType, got.Shape, got.Data, tc.dtype, tc.shape, tc.data)
			}
		})
	}
}

// TestLoadCSVFromNumpy reads numpy.savetxt output (default '%.18e' format, '# ' header).
func TestLoadCSVFromNumpy(t *testing.T) {
	got, err := Load("testdata/savetxt_default.csv", "m", abi.I64, 2)
	if err != nil {
		t.Fatal(err)
	}
	if !sameShape(got.Shape, []int64{2, 3}) || !bytes.Equal(got.Data, le(int64(1), int64(2), int64(3), int64(4), int64(5), int64(-6))) {
		t.Fatalf("got %v %x", got.Shape, got.Data)
	}
	v, err := Load("testdata/savetxt_nan.csv", "v", 0, -1)
	if err != nil {
		t.Fatal(err)
	}
	f := v.Float64s()
	if len(f) != 5 || !math.IsNaN(f[0]) || !math.IsInf(f[1], 1) || !math.IsInf(f[2], -1) || !math.Signbit(f[3]) || f[4] != 1e-300 {
		t.Fatalf("got %v", f)
	}
}

func TestLoadCSVErrors(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		want  abi.DType
		rank  int
		err   error
		texts []string
	}{
		{"ragged", "1,2\n\n3\n", 0, -1, ErrShape, []string{"line 3 has 1 columns, line 1 has 2"}},
		{"ragged against header", "a,b\n1,2,3\n", 0, -1, ErrShape, []string{"line 2 has 3 columns, line 1 has 2"}},
		{"word", "1,2\n3,x4\n", 0, -1, ErrFormat, []string{"line 2, column 2", `"x4"`, "not a number"}},
		{"mixed header", "a,1\n2,3\n", 0, -1, ErrFormat, []string{"line 1, column 1", `"a"`}},
		{"second header", "a,b\nc,d\n", 0, -1, ErrFormat, []string{"line 2, column 1", `"c"`}},
		{"empty cell", "1,,2\n", 0, -1, ErrFormat, []string{"line 1, column 2", `""`}},
		{"inline comment", "1,2 # two\n", 0, -1, ErrFormat, []string{"line 1, column 2", `"2 # two"`}},
		{"f64 overflow", "1e400\n", 0, -1, ErrFormat, []string{`"1e400"`, "out of range for f64"}},
		{"f32 overflow", "1e39\n", abi.F32, -1, ErrFormat, []string{"out of range for f32"}},
		{"i32 overflow", "2147483648\n", abi.I32, -1, ErrFormat, []string{"out of range for i32"}},
		{"i64 overflow", "9223372036854775808\n", abi.I64, -1, ErrFormat, []string{"out of range for i64"}},
		{"u8 negative", "-1\n", abi.U8, -1, ErrFormat, []string{"out of range for u8 (0..255)"}},
		{"u8 256", "256\n", abi.U8, -1, ErrFormat, []string{"out of range for u8"}},
		{"int fraction", "1.5\n", abi.I64, -1, ErrFormat, []string{"has a fraction"}},
		{"int nan", "nan\n", abi.I32, -1, ErrFormat, []string{"not an integer"}},
		{"int word", "1\none\n", abi.I32, -1, ErrFormat, []string{"line 2, column 1", `"one"`}},
		{"int beyond 2^53 as float", "1e17\n", abi.I64, -1, ErrFormat, []string{"beyond 2^53"}},
		{"only comments", "# nothing\n\n", 0, -1, ErrFormat, []string{"no rows"}},
		{"only header", "a,b\n", 0, -1, ErrFormat, []string{"no rows"}},
		{"empty", "", 0, -1, ErrFormat, []string{"no rows"}},
		{"rank 3", "1\n", 0, 3, ErrShape, []string{"expected rank 3", ".npy"}},
		{"rank 1 matrix", "1,2\n3,4\n", 0, 1, ErrShape, []string{"2 rows × 2 columns", "rank 1"}},
		{"rank 0 vector", "1\n2\n", 0, 0, ErrShape, []string{"rank 0"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := writeFile(t, "a.csv", []byte(tc.text))
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
