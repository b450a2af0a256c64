package wasmbin

import (
	"errors"
	"fmt"
)

// Sentinel errors; every *Error wraps one of them, so callers can test the
// class of a failure with errors.Is.
var (
	// ErrTruncated: the input ends inside a section, vector or instruction.
	ErrTruncated = errors.New("wasm binary truncated")
	// ErrMalformed: the bytes do not follow the WebAssembly binary format.
	ErrMalformed = errors.New("malformed wasm binary")
	// ErrLimit: the module exceeds a size limit this decoder enforces.
	ErrLimit = errors.New("wasm module exceeds a decoder limit")
	// ErrUnknownOpcode: an opcode that no supported proposal defines.
	ErrUnknownOpcode = errors.New("unknown wasm opcode")
	// ErrUnsupportedFeature: a feature the runtime refuses (see FeatureError).
	ErrUnsupportedFeature = errors.New("unsupported wasm feature")
)

// Error is a decoding failure at a byte offset of the module.
type Error struct {
	Offset int    // byte offset in the module where the problem was found
	Msg    string // what is wrong
	Err    error  // one of the sentinel errors above
}

func (e *Error) Error() string {
	return fmt.Sprintf("wasm: at byte 0x%x: %s", e.Offset, e.Msg)
}

// Unwrap returns the sentinel class of the error.
func (e *Error) Unwrap() error { return e.Err }

func errAt(off int, class error, format string, args ...any) *Error {
	return &Error{Offset: off, Msg: fmt.Sprintf(format, args...), Err: class}
}

// FeatureError reports use of a WebAssembly feature the runtime refuses
// (threads, relaxed SIMD, memory64, multi-memory, exceptions, tail calls, GC).
type FeatureError struct {
	Feature string // the proposal's name, e.g. "threads"
	Detail  string // where and what: function index and byte offset, section, import or memory
}

func (e *FeatureError) Error() string {
	return fmt.Sprintf("wasm feature %q is not supported: %s; rebuild the module without it", e.Feature, e.Detail)
}

// Unwrap returns ErrUnsupportedFeature.
func (e *FeatureError) Unwrap() error { return ErrUnsupportedFeature }

// Feature names used in FeatureError.Feature.
const (
	FeatureThreads     = "threads"
	FeatureRelaxedSIMD = "relaxed-simd"
	FeatureMemory64    = "memory64"
	FeatureMultiMemory = "multi-memory"
	FeatureExceptions  = "exceptions"
	FeatureTailCall    = "tail-call"
	FeatureGC          = "gc"
)
