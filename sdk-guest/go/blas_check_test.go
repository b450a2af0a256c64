package dml

import (
	"errors"
	"strings"
	"testing"
	"unsafe"
)

func TestBLASArgumentChecks(t *testing.T) {
	v3 := Vector{N: 3, Inc: 1, Data: make([]float64, 3)}
	g23 := NewGeneral(2, 3)
	bytes := make([]float64, 4)
	misaligned := unsafe.Slice((*float64)(unsafe.Add(unsafe.Pointer(&bytes[0]), 4)), 2)
	tests := []struct {
		name string
		call func()
		want string
	}{
		{"negative N", func() { Ddot(Vector{N: -1, Inc: 1}, Vector{N: -1, Inc: 1}) }, "Ddot: x.N = -1"},
		{"zero Inc", func() { Dasum(Vector{N: 1, Inc: 0, Data: []float64{1}}) }, "Dasum: x.Inc = 0"},
		{"short data", func() { Dnrm2(Vector{N: 3, Inc: 2, Data: make([]float64, 4)}) }, "needs len(Data) >= 5, has 4"},
		{"short data negative inc", func() { Idamax(Vector{N: 3, Inc: -2, Data: make([]float64, 4)}) }, "needs len(Data) >= 5"},
		{"lengths differ", func() { Daxpy(1, v3, Vector{N: 2, Inc: 1, Data: make([]float64, 2)}) }, "Daxpy: x.N = 3 but y.N = 2"},
		{"Inc over int32", func() { Dscal(1, Vector{N: 1, Inc: 1 << 40, Data: []float64{1}}) }, "x.Inc = 1099511627776 does not fit"},
		{"misaligned", func() { Dscal(1, Vector{N: 2, Inc: 1, Data: misaligned}) }, "not aligned to 8 bytes"},
		{"stride too small", func() {
			Dger(1, Vector{N: 2, Inc: 1, Data: make([]float64, 2)}, v3, General{Rows: 2, Cols: 3, Stride: 2, Data: make([]float64, 6)})
		}, "a.Stride = 2: must be >= max(1, Cols = 3)"},
		{"stride 0 of empty", func() {
			Dgemv(NoTrans, 1, General{Rows: 2}, Vector{Inc: 1}, 0, Vector{N: 2, Inc: 1, Data: make([]float64, 2)})
		}, "a.Stride = 0"},
		{"short matrix", func() {
			Dgemv(NoTrans, 1, General{Rows: 2, Cols: 3, Stride: 4, Data: make([]float64, 6)}, v3, 0, Vector{N: 2, Inc: 1, Data: make([]float64, 2)})
		}, "needs len(Data) >= 7, has 6"},
		{"gemv x length", func() { Dgemv(Trans, 1, g23, v3, 0, v3) }, "Dgemv: x.N = 3 but a.Rows = 2"},
		{"bad trans", func() { Dgemv(113, 1, g23, v3, 0, Vector{N: 2, Inc: 1, Data: make([]float64, 2)}) }, "t = 113"},
		{"gemm inner", func() { Dgemm(NoTrans, NoTrans, 1, g23, g23, 0, NewGeneral(2, 3)) }, "cols of op(a) = 3 but rows of op(b) = 2"},
		{"gemm rows", func() { Dgemm(Trans, NoTrans, 1, g23, g23, 0, NewGeneral(2, 3)) }, "rows of op(a) = 3 but c.Rows = 2"},
		{"gemm bad tB", func() { Dgemm(NoTrans, 0, 1, g23, g23, 0, g23) }, "Dgemm: tB = 0"},
		{"float32 twin", func() { Sgemm(NoTrans, Trans, 1, NewGeneral32(2, 3), NewGeneral32(2, 2), 0, NewGeneral32(2, 2)) }, "Sgemm: cols of op(a) = 3"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			defer func() {
				r := recover()
				err, ok := r.(error)
				if !ok || !errors.Is(err, ErrInvalid) {
					t.Fatalf("panic %v (%T), want an error wrapping ErrInvalid", r, r)
				}
				if !strings.Contains(err.Error(), tc.want) {
					t.Fatalf("panic %q, want it to contain %q", err, tc.want)
				}
			}()
			tc.call()
		})
	}
}
