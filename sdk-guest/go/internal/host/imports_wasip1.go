//go:build wasip1

package host

import "unsafe"

// Native is false: calls go to the real host.
const Native = false

//go:wasmimport dml tensor_info
func tensorInfo(kind int32, namePtr unsafe.Pointer, nameLen uint32, info unsafe.Pointer) int32

//go:wasmimport dml tensor_read
func tensorRead(kind int32, namePtr unsafe.Pointer, nameLen uint32, dst unsafe.Pointer, dstLen uint32) int32

//go:wasmimport dml params
func params(dst unsafe.Pointer, dstCap uint32) int32

//go:wasmimport dml emit
func emit(kind int32, namePtr unsafe.Pointer, nameLen uint32, dtype int32, dims unsafe.Pointer, rank uint32, data unsafe.Pointer, dataLen uint32) int32

//go:wasmimport dml log
func logMessage(level int32, ptr unsafe.Pointer, n uint32)

//go:wasmimport dml gas_left
func gasLeft() int64

// TensorInfo calls tensor_info.
func TensorInfo(kind int32, name string, info *Info) int32 {
	return tensorInfo(kind, unsafe.Pointer(unsafe.StringData(name)), uint32(len(name)), unsafe.Pointer(info))
}

// TensorRead calls tensor_read.
func TensorRead(kind int32, name string, dst unsafe.Pointer, n uint32) int32 {
	return tensorRead(kind, unsafe.Pointer(unsafe.StringData(name)), uint32(len(name)), dst, n)
}

// Params calls params.
func Params(dst unsafe.Pointer, capacity uint32) int32 { return params(dst, capacity) }

// Emit calls emit.
func Emit(kind int32, name string, dtype int32, dims []int64, data unsafe.Pointer, n uint32) int32 {
	return emit(kind, unsafe.Pointer(unsafe.StringData(name)), uint32(len(name)), dtype,
		unsafe.Pointer(unsafe.SliceData(dims)), uint32(len(dims)), data, n)
}

// Log calls log.
func Log(level int32, msg string) {
	logMessage(level, unsafe.Pointer(unsafe.StringData(msg)), uint32(len(msg)))
}

// GasLeft calls gas_left.
func GasLeft() int64 { return gasLeft() }
