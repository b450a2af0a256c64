package dml

import (
	"encoding/binary"
	"errors"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/manifest"
	"github.com/decentralized-ml/dml/sdk-guest/go/internal/fake"
)

// useHost installs f as the fake host for the test.
func useHost(t *testing.T, f *fake.Host) *fake.Host {
	t.Helper()
	fake.Current = f
	t.Cleanup(func() { fake.Current = nil })
	return f
}

func mustManifest(t *testing.T, yaml string) *manifest.Manifest {
	t.Helper()
	m, err := manifest.Parse([]byte(yaml))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func raw(name string, d abi.DType, shape []int64, data []byte) abi.Tensor {
	return abi.Tensor{Name: name, DType: d, Shape: shape, Data: data}
}

func le32(vs ...uint32) []byte {
	b := make([]byte, 4*len(vs))
	for i, v := range vs {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return b
}

func le64(vs ...uint64) []byte {
	b := make([]byte, 8*len(vs))
	for i, v := range vs {
		binary.LittleEndian.PutUint64(b[8*i:], v)
	}
	return b
}

func TestReadEveryDType(t *testing.T) {
	useHost(t, &fake.Host{Inputs: []abi.Tensor{
		abi.FromFloat64s("f64", []int64{2, 2}, []float64{1, -2, 3.5, math.Inf(1)}),
		raw("f32", abi.F32, []int64{3}, le32(math.Float32bits(1.5), math.Float32bits(-0.25), math.Float32bits(8))),
		raw("i64", abi.I64, []int64{2}, le64(uint64(1<<40), uint64(math.MaxUint64))),
		raw("i32", abi.I32, []int64{2}, le32(7, math.MaxUint32)),
		raw("u8", abi.U8, []int64{1, 3}, []byte{1, 2, 255}),
		abi.FromFloat64s("scalar", nil, []float64{42}),
		abi.FromFloat64s("empty", []int64{0, 5}, nil),
	}})
	tests := []struct {
		name  string
		shape []int64
		got   func(Tensor) (any, error)
		want  any
	}{
		{"f64", []int64{2, 2}, func(t Tensor) (any, error) { return t.Float64s() }, []float64{1, -2, 3.5, math.Inf(1)}},
		{"f32", []int64{3}, func(t Tensor) (any, error) { return t.Float32s() }, []float32{1.5, -0.25, 8}},
		{"i64", []int64{2}, func(t Tensor) (any, error) { return Data[int64](t) }, []int64{1 << 40, -1}},
		{"i32", []int64{2}, func(t Tensor) (any, error) { return Data[int32](t) }, []int32{7, -1}},
		{"u8", []int64{1, 3}, func(t Tensor) (any, error) { return Data[uint8](t) }, []uint8{1, 2, 255}},
		{"scalar", []int64{}, func(t Tensor) (any, error) { return t.Float64s() }, []float64{42}},
		{"empty", []int64{0, 5}, func(t Tensor) (any, error) { return t.Float64s() }, []float64{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tensor, err := Input(tc.name)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(tensor.Shape, tc.shape) {
				t.Errorf("shape %v, want %v", tensor.Shape, tc.shape)
			}
			got, err := tc.got(tensor)
			if err != nil {
				t.Fatal(err)
			}
			if !equalAny(got, tc.want) {
				t.Errorf("data %v, want %v", got, tc.want)
			}
			if tensor.Len() != lenAny(tc.want) {
				t.Errorf("Len %d, want %d", tensor.Len(), lenAny(tc.want))
			}
		})
	}
}

func equalAny(a, b any) bool {
	switch a := a.(type) {
	case []float64:
		return slices.Equal(a, b.([]float64))
	case []float32:
		return slices.Equal(a, b.([]float32))
	case []int64:
		return slices.Equal(a, b.([]int64))
	case []int32:
		return slices.Equal(a, b.([]int32))
	case []uint8:
		return slices.Equal(a, b.([]uint8))
	}
	return false
}

func lenAny(v any) int {
	switch v := v.(type) {
	case []float64:
		return len(v)
	case []float32:
		return len(v)
	case []int64:
		return len(v)
	case []int32:
		return len(v)
	case []uint8:
		return len(v)
	}
	return -1
}

func TestReadErrors(t *testing.T) {
	useHost(t, &fake.Host{
		Inputs: []abi.Tensor{raw("x32", abi.F32, []int64{1}, le32(0))},
		Models: []abi.Tensor{abi.FromFloat64s("w", []int64{2}, []float64{1, 2})},
	})
	tests := []struct {
		name     string
		read     func() error
		is       error
		contains []string
	}{
		{"missing input", func() error { _, err := Input("nope"); return err },
			ErrNotFound, []string{"tensor_info", "input", `"nope"`, "not found", "--input nope=FILE"}},
		{"missing model", func() error { _, _, err := ModelFloat64("nope"); return err },
			ErrNotFound, []string{"tensor_info", "model", `"nope"`, "--model nope=FILE", "HasModel"}},
		{"model is not an input", func() error { _, err := Input("w"); return err }, ErrNotFound, []string{"input"}},
		{"wrong accessor", func() error { _, _, err := InputFloat64("x32"); return err },
			ErrDType, []string{`input "x32" is f32, not f64`, "dml.Data[float32]"}},
		{"empty name", func() error { _, err := Input(""); return err }, ErrInvalid, []string{"1..256 bytes"}},
		{"long name", func() error { _, err := Model(strings.Repeat("a", abi.MaxNameLen+1)); return err }, ErrInvalid, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.read()
			if !errors.Is(err, tc.is) {
				t.Fatalf("error %v, want %v", err, tc.is)
			}
			for _, s := range tc.contains {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("error %q does not contain %q", err, s)
				}
			}
		})
	}
}

func TestModelFloat64(t *testing.T) {
	useHost(t, &fake.Host{Models: []abi.Tensor{abi.FromFloat64s("w", []int64{2}, []float64{1, 2})}})
	w, shape, err := ModelFloat64("w")
	if err != nil || !slices.Equal(w, []float64{1, 2}) || !slices.Equal(shape, []int64{2}) {
		t.Fatalf("ModelFloat64 = %v, %v, %v", w, shape, err)
	}
}

func TestHas(t *testing.T) {
	useHost(t, &fake.Host{
		Inputs: []abi.Tensor{abi.FromFloat64s("X", []int64{1}, []float64{1})},
		Models: []abi.Tensor{abi.FromFloat64s("w", []int64{1}, []float64{1})},
	})
	tests := []struct {
		name string
		got  bool
		want bool
	}{
		{"input X", HasInput("X"), true},
		{"input w", HasInput("w"), false},
		{"model w", HasModel("w"), true},
		{"model X", HasModel("X"), false},
		{"empty name", HasModel(""), false},
		{"long name", HasInput(strings.Repeat("X", abi.MaxNameLen+1)), false},
	}
	for _, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("%s: %v, want %v", tc.name, tc.got, tc.want)
		}
	}
}

// A tensor whose byte size changed between tensor_info and tensor_read
// (impossible on the real host) surfaces as a tensor_read size error.
func TestReadSizeMismatch(t *testing.T) {
	f := useHost(t, &fake.Host{Inputs: []abi.Tensor{abi.FromFloat64s("X", []int64{2}, []float64{1, 2})}})
	f.Inputs[0].Data = f.Inputs[0].Data[:8]
	_, err := Input("X")
	var he *HostError
	if !errors.As(err, &he) || he.Call != "tensor_read" || !errors.Is(err, ErrSize) {
		t.Fatalf("error %v, want a tensor_read size mismatch", err)
	}
}
