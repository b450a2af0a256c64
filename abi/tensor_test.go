package abi

import (
	"errors"
	"math"
	"strings"
	"testing"
)

func TestByteSize(t *testing.T) {
	tests := []struct {
		dt    DType
		shape []int64
		want  uint64
		err   string
	}{
		{F64, nil, 8, ""},
		{F32, []int64{3}, 12, ""},
		{I64, []int64{2, 3}, 48, ""},
		{I32, []int64{2, 0, 5}, 0, ""},
		{U8, []int64{1 << 31, 2}, 1 << 32, ""},
		{U8, []int64{math.MaxInt64}, math.MaxInt64, ""},
		{F64, []int64{1 << 60}, 0, "overflows"},
		{F64, []int64{math.MaxInt64 / 8}, math.MaxInt64 / 8 * 8, ""},
		{F64, []int64{math.MaxInt64/8 + 1}, 0, "overflows"},
		{F32, []int64{1 << 31, 1 << 31}, 0, "overflows"},
		{U8, []int64{math.MaxInt64, 2}, 0, "overflows"},
		{F64, []int64{-1}, 0, "negative dim -1"},
		{F64, []int64{2, -3}, 0, "negative dim -3"},
		{F64, []int64{0, -3}, 0, "negative dim -3"},
	}
	for _, tc := range tests {
		got, err := ByteSize(tc.dt, tc.shape)
		if tc.err == "" {
			if err != nil || got != tc.want {
				t.Errorf("ByteSize(%s, %v) = %d, %v; want %d", tc.dt, tc.shape, got, err, tc.want)
			}
			continue
		}
		if !errors.Is(err, ErrShape) || !strings.Contains(err.Error(), tc.err) {
			t.Errorf("ByteSize(%s, %v) err = %v, want ErrShape %q", tc.dt, tc.shape, err, tc.err)
		}
	}
}

// TestByteSizeOrderIndependent: the size of a shape must not depend on the
// order of its dims. A shape holding a 0 dim has 0 bytes, whatever the other
// dims are; today [2^62, 2^62, 0] is refused as overflowing while
// [0, 2^62, 2^62] is accepted as 0 bytes, so a host would trap on one emit
// and accept the other of the same empty tensor (reported to the lead).
func TestByteSizeOrderIndependent(t *testing.T) {
	shapes := [][]int64{{0, 1 << 62, 1 << 62}, {1 << 62, 0, 1 << 62}, {1 << 62, 1 << 62, 0}}
	for _, s := range shapes {
		got, err := ByteSize(F64, s)
		if err != nil || got != 0 {
			t.Errorf("ByteSize(f64, %v) = %d, %v; want 0, nil (it has a 0 dim)", s, got, err)
		}
	}
}

func TestTensorCheck(t *testing.T) {
	ok := FromFloat64s("x", []int64{2}, []float64{1, 2})
	tests := []struct {
		name   string
		tensor Tensor
		err    string
	}{
		{"ok", ok, ""},
		{"scalar", Tensor{Name: "s", DType: U8, Data: []byte{1}}, ""},
		{"max name", Tensor{Name: strings.Repeat("n", MaxNameLen), DType: U8, Data: []byte{1}}, ""},
		{"max rank", Tensor{Name: "r", DType: U8, Shape: []int64{1, 1, 1, 1, 1, 1, 1, 1}, Data: []byte{1}}, ""},
		{"empty name", Tensor{DType: U8, Data: []byte{1}}, "must be 1..256 bytes"},
		{"long name", Tensor{Name: strings.Repeat("n", MaxNameLen+1), DType: U8, Data: []byte{1}}, "must be 1..256 bytes"},
		{"dtype 0", Tensor{Name: "x", Data: []byte{1}}, "invalid dtype(0)"},
		{"dtype 6", Tensor{Name: "x", DType: 6, Data: []byte{1}}, "invalid dtype(6)"},
		{"rank 9", Tensor{Name: "x", DType: U8, Shape: []int64{1, 1, 1, 1, 1, 1, 1, 1, 1}, Data: []byte{1}}, "rank 9 exceeds the maximum 8"},
		{"negative dim", Tensor{Name: "x", DType: U8, Shape: []int64{-2}}, "negative dim"},
		{"overflow", Tensor{Name: "x", DType: F64, Shape: []int64{1 << 62}}, "overflows"},
		{"short data", Tensor{Name: "x", DType: F64, Shape: []int64{2}, Data: make([]byte, 15)}, "needs 16 bytes, data has 15"},
		{"long data", Tensor{Name: "x", DType: I32, Shape: []int64{}, Data: make([]byte, 8)}, "needs 4 bytes, data has 8"},
	}
	for _, tc := range tests {
		err := tc.tensor.Check()
		if tc.err == "" {
			if err != nil {
				t.Errorf("%s: %v", tc.name, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tc.err) {
			t.Errorf("%s: err = %v, want %q", tc.name, err, tc.err)
		}
	}
}

func TestElementsAndFloat64s(t *testing.T) {
	x := FromFloat64s("x", []int64{2, 3}, []float64{1, 2, 3, 4, 5, -0.5})
	if x.Elements() != 6 || (&Tensor{}).Elements() != 1 {
		t.Fatal("Elements")
	}
	shape := []int64{6}
	y := FromFloat64s("y", shape, x.Float64s())
	shape[0] = 9
	if y.Shape[0] != 6 {
		t.Error("FromFloat64s kept the caller's shape slice")
	}
	if got := y.Float64s(); got[5] != -0.5 || len(got) != 6 {
		t.Errorf("Float64s = %v", got)
	}
}
