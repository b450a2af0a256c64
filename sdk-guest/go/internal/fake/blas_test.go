package fake

import (
	"errors"
	"strings"
	"testing"
	"unsafe"

	"github.com/decentralized-ml/dml/abi"
)

// The native BLAS imports stand in for the host's traps: every malformed
// argument of ABI v1 §3.7 panics with a *Violation naming the argument.
func TestBLASViolations(t *testing.T) {
	buf := make([]float64, 16)
	p := unsafe.Pointer(&buf[0])
	odd := unsafe.Add(p, 4)
	tests := []struct {
		name string
		call func()
		want string
	}{
		{"n < 0", func() { Dot[float64]("ddot", -1, p, 1, p, 1) }, "ddot: n = -1"},
		{"incx 0", func() { Asum[float64]("dasum", 2, p, 0) }, "dasum: incx = 0"},
		{"misaligned", func() { Nrm2[float64]("dnrm2", 1, odd, 1) }, "not aligned to 8"},
		{"misaligned with n 0", func() { Scal[float64]("dscal", 0, 1, odd, 1) }, "not aligned to 8"},
		{"trans code", func() { Gemv[float64]("dgemv", 113, 1, 1, 1, p, 1, p, 1, 0, p, 1) }, "dgemv: trans = 113"},
		{"lda", func() { Gemm[float64]("dgemm", abi.NoTrans, abi.NoTrans, 2, 2, 3, 1, p, 2, p, 2, 0, p, 2) }, "dgemm: lda = 2: must be >= max(1, 3)"},
		{"lda of transposed", func() { Gemm[float64]("dgemm", abi.NoTrans, abi.Trans, 2, 4, 3, 1, p, 3, p, 2, 0, p, 4) }, "ldb = 2: must be >= max(1, 3)"},
		{"k < 0", func() { Gemm[float64]("dgemm", abi.NoTrans, abi.NoTrans, 1, 1, -1, 1, p, 1, p, 1, 0, p, 1) }, "k = -1"},
		{"ger lda", func() { Ger[float32]("sger", 2, 3, 1, p, 1, p, 1, p, 0) }, "sger: lda = 0"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			defer func() {
				err, ok := recover().(error)
				if !ok || !errors.Is(err, ErrABIViolation) || !strings.Contains(err.Error(), tc.want) {
					t.Fatalf("panic %v, want an abi_violation containing %q", err, tc.want)
				}
			}()
			tc.call()
		})
	}
}

// With n = 0 nothing is read: a nil pointer is fine.
func TestBLASEmptyNeedsNoMemory(t *testing.T) {
	if got := Iamax[float64]("idamax", 0, nil, 1); got != -1 {
		t.Errorf("idamax of nothing = %d, want -1", got)
	}
	Gemm[float64]("dgemm", abi.Trans, abi.Trans, 0, 0, 5, 1, nil, 1, nil, 5, 0, nil, 1)
}
