package dml

import (
	"errors"
	"strconv"

	"github.com/decentralized-ml/dml/abi"
)

// Sentinel errors, one per host status code; a *HostError unwraps to one.
var (
	ErrNotFound   = errors.New(abi.StatusText(abi.ErrNotFound))
	ErrSize       = errors.New(abi.StatusText(abi.ErrSize))
	ErrUndeclared = errors.New(abi.StatusText(abi.ErrUndeclared))
	ErrOverCap    = errors.New(abi.StatusText(abi.ErrOverCap))
	ErrDType      = errors.New(abi.StatusText(abi.ErrDType))
	ErrDuplicate  = errors.New(abi.StatusText(abi.ErrDuplicate))
)

// ErrInvalid reports a call the SDK refused before reaching the host because
// the host would trap on it (a name or rank beyond the ABI limits, a
// negative dim) or because what the host answered is malformed.
var ErrInvalid = errors.New("invalid argument")

var sentinels = map[int32]error{
	abi.ErrNotFound:   ErrNotFound,
	abi.ErrSize:       ErrSize,
	abi.ErrUndeclared: ErrUndeclared,
	abi.ErrOverCap:    ErrOverCap,
	abi.ErrDType:      ErrDType,
	abi.ErrDuplicate:  ErrDuplicate,
}

// HostError is a non-zero status returned by a dml import.
type HostError struct {
	Call string // the import: tensor_info, tensor_read, params, emit
	What string // input, model, output or delta; "" for params
	Name string // the tensor's name ("" for params)
	Code int32  // the status, one of the abi.Err* codes
}

func (e *HostError) Error() string {
	s := "dml: " + e.Call
	if e.What != "" {
		s += " " + e.What
	}
	if e.Name != "" {
		s += " " + strconv.Quote(e.Name)
	}
	s += ": " + abi.StatusText(e.Code) + " (" + strconv.Itoa(int(e.Code)) + ")"
	if h := e.hint(); h != "" {
		s += ": " + h
	}
	return s
}

func (e *HostError) hint() string {
	switch e.Code {
	case abi.ErrNotFound:
		if e.What == "model" {
			return "pass it with --model " + e.Name + "=FILE, or check dml.HasModel first if it is optional"
		}
		return "pass it with --input " + e.Name + "=FILE"
	case abi.ErrSize:
		return "the byte length must equal the product of the shape times the element size"
	case abi.ErrUndeclared:
		return "declare it under " + e.What + "s in the manifest"
	case abi.ErrOverCap:
		return "raise its max_bytes in the manifest or emit less"
	case abi.ErrDType:
		return "emit it with the dtype the manifest declares"
	case abi.ErrDuplicate:
		return "emit each name once per run"
	}
	return ""
}

// Unwrap returns the sentinel of the code, so errors.Is(err, ErrOverCap) works.
func (e *HostError) Unwrap() error { return sentinels[e.Code] }

func hostError(call, what, name string, code int32) error {
	return &HostError{Call: call, What: what, Name: name, Code: code}
}
