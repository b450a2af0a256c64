// Package host is the raw binding to the dml import module: on wasip1 the
// //go:wasmimport declarations, natively the in-process fake host. Both
// builds expose the same functions; package dml builds its API on them.
package host

import (
	"unsafe"

	"github.com/decentralized-ml/dml/abi"
)

// Info is the record tensor_info writes: dtype i32, rank i32, dims i64×rank.
// Its layout is the ABI's (little-endian, as wasm is).
type Info struct {
	DType int32
	Rank  int32
	Dims  [abi.MaxRank]int64
}

// Info must be exactly abi.InfoSize bytes.
var (
	_ [abi.InfoSize - unsafe.Sizeof(Info{})]byte
	_ [unsafe.Sizeof(Info{}) - abi.InfoSize]byte
)
