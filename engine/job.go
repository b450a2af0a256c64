package engine

import (
	"io"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/internal/hostfuncs"
	"github.com/decentralized-ml/dml/manifest"
)

// EngineKind selects wazero's engine.
type EngineKind string

// Engines.
const (
	Compiler    EngineKind = "compiler"
	Interpreter EngineKind = "interpreter"
)

// ParseEngineKind maps "compiler" or "interpreter" to its EngineKind.
func ParseEngineKind(s string) (EngineKind, error) {
	switch EngineKind(s) {
	case Compiler, Interpreter:
		return EngineKind(s), nil
	case "":
		return Compiler, nil
	}
	return "", &InputError{Msg: "engine " + s + ": want compiler or interpreter"}
}

// DefaultGasLimit applies when neither the job nor the manifest gives one.
const DefaultGasLimit uint64 = 10_000_000_000

// Job is one run of one module over one device's data.
type Job struct {
	// Module is the WebAssembly binary.
	Module []byte
	// ModuleCID, when the module was addressed by CID, is echoed in the result.
	ModuleCID string
	// Manifest declares inputs, outputs and caps; nil applies the
	// local-development defaults (any names, DevOutputCap bytes in all).
	Manifest *manifest.Manifest
	// Inputs (kind 0) and Models (kind 1) are what tensor_info/tensor_read serve.
	Inputs []abi.Tensor
	Models []abi.Tensor
	// Params is the job's params JSON, served by the params import.
	Params []byte
	// GasLimit bounds the run; 0 takes the manifest's, else DefaultGasLimit.
	GasLimit uint64
	// Engine selects wazero's compiler (default) or interpreter.
	Engine EngineKind
	// Log receives the guest's log calls and its stdout/stderr. It is local
	// only and never part of a result. Nil discards.
	Log io.Writer

	// BLAS names the host BLAS backend: "strict" (default; the same bits on
	// every CPU), "fast" (gonum's native kernels, per-architecture) or, in
	// builds with the openblas tag, "openblas". The result's determinism
	// class records it.
	BLAS string

	// Unmetered runs the module without gas instrumentation, for
	// benchmarking only: gas_used then counts host calls alone, and no
	// receipt may be made from the result.
	Unmetered bool

	// probe stops a run after dml_abi_version (Inspect).
	probe bool
}

// DevOutputCap is the total byte cap on outputs and deltas without a manifest.
const DevOutputCap = hostfuncs.DevOutputCap

// InputError reports a job that cannot run because of what it was given
// (status invalid_input).
type InputError struct{ Msg string }

func (e *InputError) Error() string { return e.Msg }
