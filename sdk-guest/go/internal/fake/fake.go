// Package fake is the in-process host that the native (non-wasip1) build of
// the guest SDK talks to. It serves tensors and params and checks emits the
// way hostfuncs does: names, dtypes and byte caps against an optional
// manifest, sizes, duplicates. Package dmltest is its public face.
package fake

import (
	"errors"
	"fmt"
	"unsafe"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/manifest"
)

// Host is the state of one native run.
type Host struct {
	Inputs   []abi.Tensor
	Models   []abi.Tensor
	Params   []byte
	Manifest *manifest.Manifest // nil: any output names, no caps
	Gas      int64              // what gas_left reports; nothing is metered natively

	Outputs []abi.Tensor
	Deltas  []abi.Tensor
	Log     []Line
	// OnLog, if set, also receives each log line as it is written.
	OnLog func(Line)
}

// Line is one call of the log import.
type Line struct {
	Level int32
	Msg   string
}

// Current is the host the native SDK calls; nil outside dmltest.
var Current *Host

// Entry runs the registered algorithm as the dml_run export does. The SDK
// sets it at init.
var Entry func() int32

// ErrABIViolation marks a call the real host would answer with a trap and
// the status abi_violation.
var ErrABIViolation = errors.New("abi_violation")

// Violation is the panic value of a call the real host would trap on.
type Violation struct{ Msg string }

func (v *Violation) Error() string { return "abi_violation: " + v.Msg }

// Unwrap lets errors.Is find ErrABIViolation.
func (v *Violation) Unwrap() error { return ErrABIViolation }

// ABIViolation tags the value so the SDK's panic recovery lets it through.
func (v *Violation) ABIViolation() {}

func violation(format string, args ...any) {
	panic(&Violation{Msg: fmt.Sprintf(format, args...)})
}

func checkName(call, name string) {
	if len(name) > abi.MaxNameLen {
		violation("%s: name length %d exceeds %d", call, len(name), abi.MaxNameLen)
	}
}

func (h *Host) tensor(call string, kind int32, name string) *abi.Tensor {
	var list []abi.Tensor
	switch kind {
	case abi.KindInput:
		list = h.Inputs
	case abi.KindModel:
		list = h.Models
	default:
		violation("%s: kind %d: want %d (input) or %d (model)", call, kind, abi.KindInput, abi.KindModel)
	}
	for i := range list {
		if list[i].Name == name {
			return &list[i]
		}
	}
	return nil
}

// TensorInfo answers tensor_info.
func (h *Host) TensorInfo(kind int32, name string) (abi.DType, []int64, int32) {
	checkName("tensor_info", name)
	t := h.tensor("tensor_info", kind, name)
	if t == nil {
		return 0, nil, abi.ErrNotFound
	}
	return t.DType, append([]int64(nil), t.Shape...), abi.OK
}

// TensorRead answers tensor_read: it copies the tensor's little-endian bytes
// to dst, which must be aligned to the element size and exactly n bytes.
func (h *Host) TensorRead(kind int32, name string, dst unsafe.Pointer, n uint32) int32 {
	checkName("tensor_read", name)
	t := h.tensor("tensor_read", kind, name)
	if t == nil {
		return abi.ErrNotFound
	}
	aligned("tensor_read", dst, t.DType.Size())
	if uint64(n) != uint64(len(t.Data)) {
		return abi.ErrSize
	}
	if n > 0 {
		copy(unsafe.Slice((*byte)(dst), n), t.Data)
	}
	return abi.OK
}

func aligned(call string, p unsafe.Pointer, size int) {
	if size > 0 && uintptr(p)%uintptr(size) != 0 {
		violation("%s: pointer %#x is not aligned to %d bytes", call, uintptr(p), size)
	}
}

// ParamsInto answers params: it returns the length and writes the JSON only
// when it fits in capacity.
func (h *Host) ParamsInto(dst unsafe.Pointer, capacity uint32) int32 {
	n := uint32(len(h.Params))
	if n > 0 && capacity >= n {
		copy(unsafe.Slice((*byte)(dst), n), h.Params)
	}
	return int32(n)
}

// Emit answers emit, checking in the order of hostfuncs: not declared,
// dtype, size, duplicate, cap.
func (h *Host) Emit(kind abi.EmitKind, name string, dtype abi.DType, dims []int64, data unsafe.Pointer, n uint32) int32 {
	checkName("emit", name)
	if kind != abi.EmitOutput && kind != abi.EmitDelta {
		violation("emit: kind %d: want %d (output) or %d (delta)", int32(kind), abi.EmitOutput, abi.EmitDelta)
	}
	if !dtype.Valid() {
		violation("emit %s: invalid dtype code %d", name, int32(dtype))
	}
	if len(dims) > abi.MaxRank {
		violation("emit %s: rank %d exceeds %d", name, len(dims), abi.MaxRank)
	}
	for i, d := range dims {
		if d < 0 {
			violation("emit %s: dim %d is negative (%d)", name, i, d)
		}
	}
	aligned("emit", data, dtype.Size())
	limit := uint64(0)
	if h.Manifest != nil {
		spec, ok := h.Manifest.Emit(kind, name)
		if !ok {
			return abi.ErrUndeclared
		}
		if want, _ := abi.ParseDType(spec.DType); want != dtype {
			return abi.ErrDType
		}
		limit = spec.MaxBytes
	}
	if size, err := abi.ByteSize(dtype, dims); err != nil || size != uint64(n) {
		return abi.ErrSize
	}
	list := &h.Outputs
	if kind == abi.EmitDelta {
		list = &h.Deltas
	}
	for _, t := range *list {
		if t.Name == name {
			return abi.ErrDuplicate
		}
	}
	if h.Manifest != nil && uint64(n) > limit {
		return abi.ErrOverCap
	}
	var bytes []byte
	if n > 0 {
		bytes = append([]byte(nil), unsafe.Slice((*byte)(data), n)...)
	}
	*list = append(*list, abi.Tensor{Name: name, DType: dtype, Shape: append([]int64{}, dims...), Data: bytes})
	return abi.OK
}

// WriteLog answers log.
func (h *Host) WriteLog(level int32, msg string) {
	if level < abi.LogDebug || level > abi.LogError {
		violation("log: level %d: want %d (debug) .. %d (error)", level, abi.LogDebug, abi.LogError)
	}
	if len(msg) > abi.MaxLogLen {
		violation("log: length %d exceeds %d", len(msg), abi.MaxLogLen)
	}
	l := Line{Level: level, Msg: msg}
	h.Log = append(h.Log, l)
	if h.OnLog != nil {
		h.OnLog(l)
	}
}

// GasLeft answers gas_left.
func (h *Host) GasLeft() int64 { return h.Gas }
