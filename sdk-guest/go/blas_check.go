package dml

import (
	"fmt"
	"math"
	"unsafe"

	"github.com/decentralized-ml/dml/sdk-guest/go/internal/refblas"
)

// The SDK checks every BLAS call before it reaches the host, which would
// trap on a bad one (abi_violation). A failed check panics, as gonum's
// blas64 does: the message names the call and the argument, and the panic
// ends the run with dml.CodePanic and the message in the log. The panic
// value is an error wrapping ErrInvalid.

func blasPanic(call, format string, args ...any) {
	panic(fmt.Errorf("dml: %s: %s: %w", call, fmt.Sprintf(format, args...), ErrInvalid))
}

// fitsInt32 panics unless v is a valid i32 count for the ABI.
func fitsInt32(call, name string, v int) {
	if v > math.MaxInt32 || v < math.MinInt32 {
		blasPanic(call, "%s = %d does not fit in an int32 of the ABI", name, v)
	}
}

// checkVector panics unless (n, inc, data) is a valid vector argument.
func checkVector[T refblas.Float](call, name string, n, inc int, data []T) {
	if n < 0 {
		blasPanic(call, "%s.N = %d: must be >= 0", name, n)
	}
	if inc == 0 {
		blasPanic(call, "%s.Inc = 0: must not be 0", name)
	}
	fitsInt32(call, name+".N", n)
	fitsInt32(call, name+".Inc", inc)
	if n == 0 {
		checkAligned(call, name, data)
		return
	}
	step := inc
	if step < 0 {
		step = -step
	}
	if need := 1 + (n-1)*step; len(data) < need {
		blasPanic(call, "%s has N = %d, Inc = %d: needs len(Data) >= %d, has %d", name, n, inc, need, len(data))
	}
	checkAligned(call, name, data)
}

// checkGeneral panics unless (rows, cols, stride, data) is a valid matrix.
func checkGeneral[T refblas.Float](call, name string, rows, cols, stride int, data []T) {
	if rows < 0 || cols < 0 {
		blasPanic(call, "%s is %d×%d: dims must be >= 0", name, rows, cols)
	}
	if stride < max(1, cols) {
		blasPanic(call, "%s.Stride = %d: must be >= max(1, Cols = %d)", name, stride, cols)
	}
	fitsInt32(call, name+".Rows", rows)
	fitsInt32(call, name+".Cols", cols)
	fitsInt32(call, name+".Stride", stride)
	if rows > 0 && cols > 0 {
		if need := (rows-1)*stride + cols; len(data) < need {
			blasPanic(call, "%s is %d×%d with Stride %d: needs len(Data) >= %d, has %d", name, rows, cols, stride, need, len(data))
		}
	}
	checkAligned(call, name, data)
}

func checkAligned[T refblas.Float](call, name string, data []T) {
	var zero T
	if p := uintptr(unsafe.Pointer(unsafe.SliceData(data))); p%unsafe.Sizeof(zero) != 0 {
		blasPanic(call, "%s.Data at %#x is not aligned to %d bytes: allocate it as a Go slice of its element type", name, p, unsafe.Sizeof(zero))
	}
}

func checkTrans(call, name string, t Transpose) bool {
	switch t {
	case NoTrans:
		return false
	case Trans:
		return true
	}
	blasPanic(call, "%s = %d: want dml.NoTrans or dml.Trans", name, int32(t))
	return false
}

func sameLen(call string, a string, na int, b string, nb int) {
	if na != nb {
		blasPanic(call, "%s = %d but %s = %d: must be equal", a, na, b, nb)
	}
}
