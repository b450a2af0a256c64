package abi

import "fmt"

// DType is a tensor element type code.
type DType int32

// Element types.
const (
	F64 DType = 1
	F32 DType = 2
	I64 DType = 3
	I32 DType = 4
	U8  DType = 5
)

var dtypeNames = map[DType]string{F64: "f64", F32: "f32", I64: "i64", I32: "i32", U8: "u8"}

// Size is the element size in bytes, or 0 for an unknown code.
func (d DType) Size() int {
	switch d {
	case F64, I64:
		return 8
	case F32, I32:
		return 4
	case U8:
		return 1
	}
	return 0
}

// Valid reports whether d is an ABI v1 element type.
func (d DType) Valid() bool { return d.Size() != 0 }

// IsFloat reports whether d holds IEEE floats (whose NaNs are canonicalised).
func (d DType) IsFloat() bool { return d == F64 || d == F32 }

func (d DType) String() string {
	if s, ok := dtypeNames[d]; ok {
		return s
	}
	return fmt.Sprintf("dtype(%d)", int32(d))
}

// ParseDType maps "f64", "f32", "i64", "i32", "u8" to their codes.
func ParseDType(s string) (DType, error) {
	for d, name := range dtypeNames {
		if name == s {
			return d, nil
		}
	}
	return 0, fmt.Errorf("unknown dtype %q: want one of f64, f32, i64, i32, u8", s)
}

// Kind selects the tensor family of tensor_info and tensor_read.
const (
	KindInput int32 = 0 // the job's inputs (the device's data)
	KindModel int32 = 1 // model weights from the job's model
)

// EmitKind selects what emit produces.
type EmitKind int32

// Emit kinds.
const (
	EmitOutput EmitKind = 0
	EmitDelta  EmitKind = 1
)

func (k EmitKind) String() string {
	switch k {
	case EmitOutput:
		return "output"
	case EmitDelta:
		return "delta"
	}
	return fmt.Sprintf("emit_kind(%d)", int32(k))
}

// Transpose codes, as CBLAS.
const (
	NoTrans int32 = 111
	Trans   int32 = 112
)

// Log levels of the log import.
const (
	LogDebug int32 = 0
	LogInfo  int32 = 1
	LogWarn  int32 = 2
	LogError int32 = 3
)

// Status codes returned by host calls: 0 ok, negative an error the guest may
// handle. Arguments that are malformed (out of bounds, misaligned, invalid
// codes) are not returned: they trap with abi_violation.
const (
	OK            int32 = 0
	ErrNotFound   int32 = -1 // no tensor of that kind and name
	ErrSize       int32 = -2 // buffer length differs from the tensor's byte size
	ErrUndeclared int32 = -3 // emit of a name the manifest does not declare
	ErrOverCap    int32 = -4 // emit beyond the declared byte cap
	ErrDType      int32 = -5 // emit with a dtype other than the declared one
	ErrDuplicate  int32 = -6 // emit of a name already emitted in this run
)

// StatusText names a host status code.
func StatusText(code int32) string {
	switch code {
	case OK:
		return "ok"
	case ErrNotFound:
		return "not found"
	case ErrSize:
		return "size mismatch"
	case ErrUndeclared:
		return "not declared"
	case ErrOverCap:
		return "over cap"
	case ErrDType:
		return "dtype mismatch"
	case ErrDuplicate:
		return "already emitted"
	}
	return fmt.Sprintf("status %d", code)
}
