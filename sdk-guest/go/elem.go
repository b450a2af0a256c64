package dml

import (
	"unsafe"

	"github.com/decentralized-ml/dml/abi"
)

// Elem is a Go element type with an ABI dtype: float64 (f64), float32 (f32),
// int64 (i64), int32 (i32) and uint8 (u8).
type Elem interface {
	float64 | float32 | int64 | int32 | uint8
}

// dtypeOf is the ABI dtype of T.
func dtypeOf[T Elem]() abi.DType {
	var zero T
	switch any(zero).(type) {
	case float64:
		return abi.F64
	case float32:
		return abi.F32
	case int64:
		return abi.I64
	case int32:
		return abi.I32
	}
	return abi.U8
}

// alloc makes a []T of n elements, aligned to T's size by Go's allocator, and
// returns it with the address of its first element.
func alloc[T Elem](n int) (any, unsafe.Pointer) {
	s := make([]T, n)
	return s, unsafe.Pointer(unsafe.SliceData(s))
}
