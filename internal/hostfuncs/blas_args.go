package hostfuncs

import (
	"unsafe"

	"github.com/tetratelabs/wazero/api"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/blas"
)

// element is the float type of a BLAS call: f64 for d*, f32 for s*.
type element interface{ float32 | float64 }

// memLimit is the largest extent, in elements, worth multiplying by an
// element size: anything larger is past the 4 GiB of a 32-bit memory.
const memLimit = 1 << 32

// nonNegative traps unless a dimension (n, m, k) is ≥ 0.
func nonNegative(call, arg string, v int32) {
	if v < 0 {
		violation("%s: %s = %d: want ≥ 0", call, arg, v)
	}
}

// increment traps on a zero increment (reference BLAS allows it for some
// functions; ABI v1 does not).
func increment(call, arg string, inc int32) {
	if inc == 0 {
		violation("%s: %s = 0: want a non-zero increment", call, arg)
	}
}

// leading traps unless a leading dimension is ≥ max(1, cols).
func leading(call, arg string, ld, cols int32) {
	if ld < max(1, cols) {
		violation("%s: %s = %d: want ≥ max(1, %d)", call, arg, ld, cols)
	}
}

// transpose maps a CBLAS trans code (111, 112) to gonum's, or traps.
func transpose(call, arg string, code int32) blas.Transpose {
	switch code {
	case abi.NoTrans:
		return blas.NoTrans
	case abi.Trans:
		return blas.Trans
	}
	violation("%s: %s = %d: want %d (NoTrans) or %d (Trans)", call, arg, code, abi.NoTrans, abi.Trans)
	return 0
}

// vector is the zero-copy view of a strided vector of n elements in guest
// memory: x[0 : (n-1)·|inc|+1], the lowest address first (with inc < 0,
// element i is at (n-1-i)·|inc|). The pointer must be aligned to the element
// size even when n = 0; with n = 0 nothing else is checked and the view is
// empty. The view is valid only during this host call.
func vector[T element](mod api.Module, call, arg string, ptr uint32, n, inc int32) []T {
	size := elemSize[T]()
	aligned(call, arg, ptr, size)
	if n == 0 {
		return nil
	}
	step := int64(inc)
	if step < 0 {
		step = -step
	}
	return view[T](mod, call, arg, ptr, int64(n-1)*step+1, size)
}

// matrix is the zero-copy view of a row-major rows×cols matrix with leading
// dimension ld: a[0 : (rows-1)·ld+cols]. Empty (and unchecked beyond
// alignment) when rows or cols is 0.
func matrix[T element](mod api.Module, call, arg string, ptr uint32, rows, cols, ld int32) []T {
	size := elemSize[T]()
	aligned(call, arg, ptr, size)
	if rows == 0 || cols == 0 {
		return nil
	}
	return view[T](mod, call, arg, ptr, int64(rows-1)*int64(ld)+int64(cols), size)
}

// view maps count elements at ptr, after checking the byte range in 64 bits
// so that an extent past 4 GiB traps instead of wrapping.
func view[T element](mod api.Module, call, arg string, ptr uint32, count int64, size int) []T {
	if count >= memLimit || uint64(count)*uint64(size) >= memLimit || uint64(ptr)+uint64(count)*uint64(size) > memLimit {
		violation("%s: %s [%#x, +%d elements) reaches past 4 GiB", call, arg, ptr, count)
	}
	b := guestBytes(mod, call, arg, ptr, uint32(count*int64(size)))
	p := unsafe.Pointer(unsafe.SliceData(b))
	if uintptr(p)%uintptr(size) != 0 {
		// Guest memory is a Go allocation, aligned to at least 8 bytes: an
		// aligned offset is an aligned address.
		panic("hostfuncs: guest memory base is not aligned")
	}
	return unsafe.Slice((*T)(p), count)
}

func elemSize[T element]() int {
	var z T
	return int(unsafe.Sizeof(z))
}

// unaliased returns in, or a copy of it when its memory overlaps out: a
// BLAS call reads its inputs as they were before it writes its output, so
// the result never depends on the backend's order of loads and stores.
func unaliased[T element](in, out []T) []T {
	if len(in) == 0 || len(out) == 0 {
		return in
	}
	size := uintptr(elemSize[T]())
	inLo, outLo := uintptr(unsafe.Pointer(&in[0])), uintptr(unsafe.Pointer(&out[0]))
	inHi, outHi := inLo+uintptr(len(in))*size, outLo+uintptr(len(out))*size
	if inLo < outHi && outLo < inHi {
		return append([]T(nil), in...)
	}
	return in
}

// backend is the session's BLAS backend (strict unless SetBLAS chose another).
func (s *Session) backend() blas.Backend {
	if s.blas == nil {
		return blas.Default()
	}
	return s.blas
}
