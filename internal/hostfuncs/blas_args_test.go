package hostfuncs

import (
	"errors"
	"strings"
	"testing"

	"github.com/tetratelabs/wazero/api"
)

// Bad BLAS arguments trap with abi_violation on both engines, naming the
// call and the argument; memory is one page (65536 bytes).
func TestBLASViolationsTrap(t *testing.T) {
	const nt, tr = 111, 112
	big := i32(1 << 30)
	cases := []struct {
		name string
		fn   string
		args []uint64
		msg  string
	}{
		{"negative n", "ddot", []uint64{i32(-1), 0, 1, 64, 1}, "ddot: n = -1"},
		{"zero incx", "ddot", []uint64{4, 0, 0, 64, 1}, "incx = 0"},
		{"zero incy", "daxpy", []uint64{4, f64(1), 0, 1, 64, 0}, "incy = 0"},
		{"x misaligned", "ddot", []uint64{4, 4, 1, 64, 1}, "x 0x4 is not aligned to 8"},
		{"f32 x misaligned", "sdot", []uint64{4, 2, 1, 64, 1}, "x 0x2 is not aligned to 4"},
		{"misaligned with n = 0", "idamax", []uint64{0, 3, 1}, "aligned"},
		{"x out of bounds", "dasum", []uint64{8, page - 56, 1}, "outside memory"},
		{"negative inc out of bounds", "dnrm2", []uint64{3, page - 64, i32(-30)}, "outside memory"},
		{"y wraps", "dcopy", []uint64{2, 0, 1, 0xfffffff8, 1}, "past 4 GiB"},
		{"extent past 4 GiB", "dscal", []uint64{big, f64(2), 0, big}, "past 4 GiB"},
		{"f32 extent past 4 GiB", "sscal", []uint64{i32(1<<31 - 1), f32(2), 0, i32(3)}, "past 4 GiB"},
		{"bad trans", "dgemv", []uint64{113, 2, 2, f64(1), 0, 2, 64, 1, f64(0), 128, 1}, "trans = 113"},
		{"gemv lda < n", "dgemv", []uint64{nt, 2, 3, f64(1), 0, 2, 64, 1, f64(0), 128, 1}, "lda = 2"},
		{"gemv negative m", "sgemv", []uint64{nt, i32(-2), 3, f32(1), 0, 3, 64, 1, f32(0), 128, 1}, "m = -2"},
		{"gemv y out of bounds", "dgemv", []uint64{tr, 2, 3, f64(1), 0, 3, 64, 1, f64(0), page - 8, 1}, "y ["},
		{"ger lda 0", "dger", []uint64{0, 0, f64(1), 0, 1, 0, 1, 0, 0}, "lda = 0"},
		{"ger a out of bounds", "sger", []uint64{100, 200, f32(1), 0, 1, 0, 1, 0, 200}, "a ["},
		{"gemm bad transa", "dgemm", []uint64{0, nt, 2, 2, 2, f64(1), 0, 2, 64, 2, f64(0), 128, 2}, "transa = 0"},
		{"gemm bad transb", "sgemm", []uint64{nt, 113, 2, 2, 2, f32(1), 0, 2, 64, 2, f32(0), 128, 2}, "transb = 113"},
		{"gemm negative k", "dgemm", []uint64{nt, nt, 2, 2, i32(-1), f64(1), 0, 2, 64, 2, f64(0), 128, 2}, "k = -1"},
		{"gemm lda < k", "dgemm", []uint64{nt, nt, 2, 2, 3, f64(1), 0, 2, 64, 2, f64(0), 128, 2}, "lda = 2"},
		{"gemm lda < m transposed", "dgemm", []uint64{tr, nt, 3, 2, 1, f64(1), 0, 2, 64, 2, f64(0), 128, 2}, "lda = 2"},
		{"gemm ldb < n", "dgemm", []uint64{nt, nt, 2, 3, 2, f64(1), 0, 2, 64, 2, f64(0), 128, 3}, "ldb = 2"},
		{"gemm ldc < n", "dgemm", []uint64{nt, nt, 2, 3, 2, f64(1), 0, 2, 64, 3, f64(0), 128, 2}, "ldc = 2"},
		{"gemm c misaligned", "dgemm", []uint64{nt, nt, 2, 2, 2, f64(1), 0, 2, 64, 2, f64(0), 132, 2}, "c 0x84"},
		{"gemm b out of bounds", "dgemm", []uint64{nt, nt, 2, 2, 2, f64(1), 0, 2, page - 16, 2, f64(0), 128, 2}, "b ["},
		{"gemm a past 4 GiB", "dgemm", []uint64{nt, nt, big, 1, 1, f64(1), 0, big, 0, 1, f64(0), 0, 1}, "past 4 GiB"},
	}
	for _, interp := range []bool{false, true} {
		for _, c := range cases {
			h := newBLASHarness(t, interp, blasForwardWasm, nil)
			_, err := h.call(c.fn, c.args...)
			if !errors.Is(err, ErrABIViolation) || !strings.Contains(err.Error(), c.msg) {
				t.Errorf("%s (interpreter %v): err %v, want abi violation mentioning %q", c.name, interp, err, c.msg)
			}
		}
	}
}

// With n = 0 (or m = 0) nothing is read or written, so a pointer past the
// end of memory is accepted as long as it is aligned.
func TestBLASEmptyTouchesNothing(t *testing.T) {
	const far = 0xfffffff0
	h := newBLASHarness(t, false, blasForwardWasm, nil)
	h.putF64(0, []float64{1, 2, 3, 4})
	cases := []struct {
		fn   string
		args []uint64
	}{
		{"ddot", []uint64{0, far, 1, far, 1}},
		{"daxpy", []uint64{0, f64(2), far, 1, 0, 1}},
		{"dgemv", []uint64{111, 0, 5, f64(1), far, 5, far, 1, f64(0), far, 1}},
		{"dger", []uint64{4, 0, f64(1), far, 1, far, 1, 0, 1}},
		{"dgemm", []uint64{111, 111, 0, 3, 3, f64(1), far, 3, far, 3, f64(0), far, 3}},
		{"dgemm", []uint64{111, 111, 2, 2, 0, f64(1), far, 1, far, 2, f64(0), 0, 2}}, // k = 0: C = 0·C
	}
	for _, c := range cases {
		if _, err := h.call(c.fn, c.args...); err != nil {
			t.Errorf("%s %v: %v", c.fn, c.args, err)
		}
	}
	if got := api.DecodeI32(h.mustCall("idamax", 0, far, 1)[0]); got != -1 {
		t.Errorf("idamax of n = 0: %d, want -1", got)
	}
	if got := h.getF64(0, 4); got[0] != 0 || got[1] != 0 || got[2] != 0 || got[3] != 0 {
		t.Errorf("dgemm with k = 0 and beta = 0 left C = %v, want zeros", got)
	}
}
