package tensorfile

import (
	"bytes"
	"errors"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/internal/atomicfile"
)

func TestSaveLoadRoundTrip(t *testing.T) {
	tensors := []abi.Tensor{
		tensor(abi.F64, []int64{2, 3}, le(1.0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), 5e-324, math.MaxFloat64)),
		tensor(abi.F64, []int64{}, le(math.Pi)),
		tensor(abi.F64, []int64{3}, le(0.1, 1.0/3, -2.0)),
		tensor(abi.F32, []int64{2, 2}, le(float32(0.1), float32(-1e-45), float32(math.MaxFloat32), float32(3))),
		tensor(abi.F32, []int64{1}, le(float32(1.5))),
		tensor(abi.I64, []int64{3}, le(int64(math.MinInt64), int64(0), int64(math.MaxInt64))),
		tensor(abi.I64, []int64{1, 2}, le(int64(-7), int64(8))),
		tensor(abi.I32, []int64{2, 1}, le(int32(math.MinInt32), int32(math.MaxInt32))),
		tensor(abi.U8, []int64{2, 3}, []byte{0, 1, 2, 127, 128, 255}),
		tensor(abi.U8, []int64{4}, []byte{9, 8, 7, 6}),
	}
	for _, x := range tensors {
		for _, ext := range []string{".npy", ".csv"} {
			if ext == ".csv" && len(x.Shape) == 0 {
				continue // a csv scalar loads as rank 0 only when asked; covered below
			}
			t.Run(x.DType.String()+ext, func(t *testing.T) {
				p := filepath.Join(t.TempDir(), "t"+ext)
				if err := Save(p, x); err != nil {
					t.Fatal(err)
				}
				got, err := Load(p, "x", x.DType, len(x.Shape))
				if err != nil {
					t.Fatal(err)
				}
				if got.DType != x.DType || !sameShape(got.Shape, x.Shape) || !bytes.Equal(got.Data, x.Data) {
					t.Fatalf("got %s %v %x, want %s %v %x", got.DType, got.Shape, got.Data, x.DType, x.Shape, x.Data)
				}
			})
		}
	}
	p := filepath.Join(t.TempDir(), "s.csv")
	if err := Save(p, tensor(abi.I32, nil, le(int32(-5)))); err != nil {
		t.Fatal(err)
	}
	if got, err := Load(p, "s", abi.I32, 0); err != nil || len(got.Shape) != 0 || !bytes.Equal(got.Data, le(int32(-5))) {
		t.Fatalf("csv scalar: %v %v", got, err)
	}
}

func TestSaveCSVText(t *testing.T) {
	tests := []struct {
		x    abi.Tensor
		want string
	}{
		{tensor(abi.F64, []int64{2, 2}, le(0.1, -2.0, math.NaN(), 1e21)), "0.1,-2\nNaN,1e+21\n"},
		{tensor(abi.F32, []int64{2}, le(float32(0.1), float32(3))), "0.1\n3\n"},
		{tensor(abi.I32, []int64{1, 3}, le(int32(-1), int32(0), int32(7))), "-1,0,7\n"},
		{tensor(abi.U8, nil, []byte{200}), "200\n"},
	}
	for _, tc := range tests {
		p := filepath.Join(t.TempDir(), "t.csv")
		if err := Save(p, tc.x); err != nil {
			t.Fatal(err)
		}
		if b, _ := os.ReadFile(p); string(b) != tc.want {
			t.Errorf("%s %v: got %q, want %q", tc.x.DType, tc.x.Shape, b, tc.want)
		}
	}
}

func TestSaveErrors(t *testing.T) {
	dir := t.TempDir()
	good := tensor(abi.F64, []int64{1}, le(1.0))
	tests := []struct {
		name string
		path string
		x    abi.Tensor
		err  error
		text string
	}{
		{"bad dtype", "a.npy", tensor(abi.DType(0), []int64{1}, le(1.0)), ErrDType, "dtype(0)"},
		{"bad size", "a.npy", tensor(abi.F64, []int64{2}, le(1.0)), ErrShape, "needs 16 bytes"},
		{"negative dim", "a.npy", tensor(abi.F64, []int64{-1}, nil), ErrShape, "negative dim"},
		{"csv rank 3", "a.csv", tensor(abi.U8, []int64{1, 1, 1}, []byte{1}), ErrShape, "save it as .npy"},
		{"csv empty", "a.csv", tensor(abi.U8, []int64{0}, nil), ErrShape, "empty"},
		{"extension", "a.json", good, ErrFormat, ".npy or .csv"},
		{"missing dir", "no/such/dir/a.npy", good, fs.ErrNotExist, "a.npy"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(dir, tc.path)
			err := Save(p, tc.x)
			if !errors.Is(err, tc.err) || !strings.Contains(err.Error(), tc.text) || !strings.Contains(err.Error(), p) {
				t.Fatalf("err = %v, want %v mentioning %q and the path", err, tc.err, tc.text)
			}
			if _, serr := os.Stat(p); !os.IsNotExist(serr) {
				t.Errorf("a failed Save left %s behind", p)
			}
		})
	}
	if left, _ := os.ReadDir(dir); len(left) != 0 {
		t.Errorf("failed Saves left files: %v", left)
	}
}

// TestSaveAtomic: Save replaces an existing file and leaves no temporary
// file; a Save that fails midway leaves the old file as it was.
func TestSaveAtomic(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "out.npy")
	if err := os.WriteFile(p, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Save(p, tensor(abi.U8, []int64{1}, []byte{1})); err != nil {
		t.Fatal(err)
	}
	if got, err := Load(p, "x", abi.U8, 1); err != nil || got.Data[0] != 1 {
		t.Fatalf("after Save: %v %v", got, err)
	}
	failing := errors.New("disk full")
	if err := atomicfile.WriteFunc(p, 0o644, func(*os.File) error { return failing }); !errors.Is(err, failing) {
		t.Fatalf("WriteFunc err = %v", err)
	}
	if got, err := Load(p, "x", abi.U8, 1); err != nil || got.Data[0] != 1 {
		t.Fatalf("after failed write the file changed: %v %v", got, err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("directory holds %v, want only out.npy", entries)
	}
	if st, _ := os.Stat(p); st.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, want 0644", st.Mode().Perm())
	}
}
