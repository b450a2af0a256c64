package dml

import (
	"errors"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/sdk-guest/go/internal/fake"
)

const emitManifest = `
name: t
version: "1"
abi_version: 1
outputs:
  - {name: w, dtype: f64, max_bytes: 24}
  - {name: small, dtype: f32, max_bytes: 8}
  - {name: counts, dtype: i32, max_bytes: 64}
deltas:
  - {name: w, dtype: f64, max_bytes: 24}
`

func TestEmit(t *testing.T) {
	tests := []struct {
		name     string
		manifest bool
		emit     func() error
		is       error
		contains []string
	}{
		{"output f64", true, func() error { return EmitOutput("w", []int64{3}, []float64{1, 2, 3}) }, nil, nil},
		{"delta f64", true, func() error { return EmitDelta("w", []int64{3}, []float64{1, 2, 3}) }, nil, nil},
		{"output f32", true, func() error { return EmitOutput("small", []int64{2}, []float32{1, 2}) }, nil, nil},
		{"output i32 matrix", true, func() error { return EmitOutput("counts", []int64{2, 2}, []int32{1, 2, 3, 4}) }, nil, nil},
		{"any name without manifest", false, func() error { return EmitOutput("anything", nil, []uint8{7}) }, nil, nil},
		{"undeclared", true, func() error { return EmitOutput("b", []int64{1}, []float64{1}) },
			ErrUndeclared, []string{"emit output", `"b"`, "not declared (-3)", "under outputs in the manifest"}},
		{"undeclared delta", true, func() error { return EmitDelta("small", []int64{1}, []float32{1}) },
			ErrUndeclared, []string{"emit delta", "under deltas"}},
		{"dtype", true, func() error { return EmitOutput("w", []int64{3}, []float32{1, 2, 3}) },
			ErrDType, []string{"dtype mismatch (-5)"}},
		{"over cap", true, func() error { return EmitOutput("w", []int64{4}, []float64{1, 2, 3, 4}) },
			ErrOverCap, []string{"over cap (-4)", "max_bytes"}},
		{"shape and data differ", false, func() error { return EmitOutput("w", []int64{2, 2}, []float64{1, 2, 3}) },
			ErrSize, []string{"shape [2 2] holds 4 elements, data has 3"}},
		{"rank beyond the ABI", false, func() error { return EmitOutput("w", make([]int64, abi.MaxRank+1), []float64{}) },
			ErrInvalid, []string{"rank 9"}},
		{"negative dim", false, func() error { return EmitOutput("w", []int64{-1}, []float64{}) },
			ErrInvalid, []string{"negative dim"}},
		{"empty name", false, func() error { return EmitOutput("", []int64{1}, []float64{1}) }, ErrInvalid, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := &fake.Host{}
			if tc.manifest {
				f.Manifest = mustManifest(t, emitManifest)
			}
			useHost(t, f)
			err := tc.emit()
			if tc.is == nil {
				if err != nil {
					t.Fatal(err)
				}
				if len(f.Outputs)+len(f.Deltas) != 1 {
					t.Fatalf("host holds %d outputs and %d deltas, want one emit", len(f.Outputs), len(f.Deltas))
				}
				return
			}
			if !errors.Is(err, tc.is) {
				t.Fatalf("error %v, want %v", err, tc.is)
			}
			for _, s := range tc.contains {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("error %q does not contain %q", err, s)
				}
			}
			if len(f.Outputs)+len(f.Deltas) != 0 {
				t.Error("a refused emit reached the host's results")
			}
		})
	}
}

func TestEmitCopiesBits(t *testing.T) {
	f := useHost(t, &fake.Host{})
	data := []float64{1.5, math.Copysign(0, -1), math.Inf(-1), math.SmallestNonzeroFloat64}
	if err := EmitOutput("w", []int64{2, 2}, data); err != nil {
		t.Fatal(err)
	}
	data[0] = 99 // the host has its own copy
	want := abi.FromFloat64s("w", []int64{2, 2}, []float64{1.5, math.Copysign(0, -1), math.Inf(-1), math.SmallestNonzeroFloat64})
	got := f.Outputs[0]
	if got.DType != abi.F64 || !slices.Equal(got.Shape, want.Shape) || string(got.Data) != string(want.Data) {
		t.Fatalf("host got %+v, want %+v", got, want)
	}
}

func TestEmitDuplicate(t *testing.T) {
	useHost(t, &fake.Host{})
	if err := EmitOutput("loss", []int64{1}, []float64{1}); err != nil {
		t.Fatal(err)
	}
	if err := EmitDelta("loss", []int64{1}, []float64{1}); err != nil {
		t.Fatalf("a delta shares no names with outputs: %v", err)
	}
	err := EmitOutput("loss", []int64{1}, []float64{2})
	if !errors.Is(err, ErrDuplicate) || !strings.Contains(err.Error(), "once per run") {
		t.Fatalf("error %v, want %v", err, ErrDuplicate)
	}
}
