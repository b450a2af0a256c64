package fake

import (
	"errors"
	"testing"
	"unsafe"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/manifest"
)

func TestEmitCheckOrder(t *testing.T) {
	m, err := manifest.Parse([]byte(`{"name": "t", "version": "1", "abi_version": 1,
		"outputs": [{"name": "w", "dtype": "f64", "max_bytes": 16}]}`))
	if err != nil {
		t.Fatal(err)
	}
	buf := make([]float64, 4)
	p := unsafe.Pointer(&buf[0])
	tests := []struct {
		name  string
		oname string
		dtype abi.DType
		dims  []int64
		n     uint32
		want  int32
	}{
		{"ok", "w", abi.F64, []int64{2}, 16, abi.OK},
		// Each case breaks every later check too: the earliest one wins.
		{"undeclared before dtype", "v", abi.F32, []int64{2}, 16, abi.ErrUndeclared},
		{"dtype before size", "w", abi.F32, []int64{2}, 3, abi.ErrDType},
		{"size before duplicate", "w", abi.F64, []int64{2}, 8, abi.ErrSize},
		{"duplicate before cap", "w", abi.F64, []int64{4}, 32, abi.ErrDuplicate},
	}
	h := &Host{Manifest: m}
	for _, tc := range tests {
		if got := h.Emit(abi.EmitOutput, tc.oname, tc.dtype, tc.dims, p, tc.n); got != tc.want {
			t.Errorf("%s: Emit = %d (%s), want %d (%s)", tc.name, got, abi.StatusText(got), tc.want, abi.StatusText(tc.want))
		}
	}
	h2 := &Host{Manifest: m}
	if got := h2.Emit(abi.EmitOutput, "w", abi.F64, []int64{4}, p, 32); got != abi.ErrOverCap {
		t.Errorf("over cap: Emit = %d, want %d", got, abi.ErrOverCap)
	}
}

func TestViolations(t *testing.T) {
	buf := make([]float64, 2)
	misaligned := unsafe.Add(unsafe.Pointer(&buf[0]), 4)
	h := &Host{Inputs: []abi.Tensor{abi.FromFloat64s("X", []int64{1}, []float64{1})}}
	tests := []struct {
		name string
		call func()
	}{
		{"misaligned read", func() { h.TensorRead(abi.KindInput, "X", misaligned, 8) }},
		{"misaligned emit", func() { h.Emit(abi.EmitOutput, "w", abi.F64, []int64{1}, misaligned, 8) }},
		{"bad tensor kind", func() { h.TensorInfo(7, "X") }},
		{"bad emit kind", func() { h.Emit(5, "w", abi.F64, []int64{1}, unsafe.Pointer(&buf[0]), 8) }},
		{"bad dtype", func() { h.Emit(abi.EmitOutput, "w", 9, []int64{1}, unsafe.Pointer(&buf[0]), 8) }},
		{"negative dim", func() { h.Emit(abi.EmitOutput, "w", abi.F64, []int64{-1}, unsafe.Pointer(&buf[0]), 8) }},
		{"bad log level", func() { h.WriteLog(4, "x") }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			defer func() {
				r := recover()
				if err, ok := r.(error); !ok || !errors.Is(err, ErrABIViolation) {
					t.Fatalf("recovered %v, want an abi violation", r)
				}
			}()
			tc.call()
		})
	}
}

func TestParamsInto(t *testing.T) {
	h := &Host{Params: []byte(`{"a":1}`)}
	buf := make([]byte, 7)
	tests := []struct {
		name     string
		capacity uint32
		written  bool
	}{
		{"length only", 0, false},
		{"too small", 6, false},
		{"fits", 7, true},
	}
	for _, tc := range tests {
		clear(buf)
		if got := h.ParamsInto(unsafe.Pointer(&buf[0]), tc.capacity); got != 7 {
			t.Errorf("%s: length %d, want 7", tc.name, got)
		}
		if (string(buf) == `{"a":1}`) != tc.written {
			t.Errorf("%s: buffer %q, written want %v", tc.name, buf, tc.written)
		}
	}
}
