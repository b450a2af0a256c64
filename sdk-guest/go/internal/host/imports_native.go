//go:build !wasip1

package host

import (
	"unsafe"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/sdk-guest/go/internal/fake"
)

// Native is true: calls go to fake.Current.
const Native = true

func current(call string) *fake.Host {
	if fake.Current == nil {
		panic("dml: " + call + " called natively without a host: set one up with dmltest.New in a test")
	}
	return fake.Current
}

// TensorInfo calls tensor_info.
func TensorInfo(kind int32, name string, info *Info) int32 {
	dtype, shape, status := current("tensor_info").TensorInfo(kind, name)
	if status == abi.OK {
		info.DType = int32(dtype)
		info.Rank = int32(len(shape))
		copy(info.Dims[:], shape)
	}
	return status
}

// TensorRead calls tensor_read.
func TensorRead(kind int32, name string, dst unsafe.Pointer, n uint32) int32 {
	return current("tensor_read").TensorRead(kind, name, dst, n)
}

// Params calls params.
func Params(dst unsafe.Pointer, capacity uint32) int32 {
	return current("params").ParamsInto(dst, capacity)
}

// Emit calls emit.
func Emit(kind int32, name string, dtype int32, dims []int64, data unsafe.Pointer, n uint32) int32 {
	return current("emit").Emit(abi.EmitKind(kind), name, abi.DType(dtype), dims, data, n)
}

// Log calls log.
func Log(level int32, msg string) { current("log").WriteLog(level, msg) }

// GasLeft calls gas_left.
func GasLeft() int64 { return current("gas_left").GasLeft() }
