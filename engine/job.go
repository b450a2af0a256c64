package engine

import (
	"io"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/blas"
	"github.com/decentralized-ml/dml/manifest"
)

// DefaultGasLimit applies when neither the job nor the manifest gives one.
const DefaultGasLimit uint64 = 10_000_000_000

// MaxGasLimit is the largest gas limit: the counter is a signed i64.
const MaxGasLimit = uint64(1<<63 - 1)

// DefaultMemoryLimitMiB is a job's memory limit when it gives none.
const DefaultMemoryLimitMiB = abi.DefaultMemoryLimitMiB

// MaxMemoryLimitMiB is the largest memory limit: all a 32-bit module can address.
const MaxMemoryLimitMiB = 4096

// DevOutputCap is the total byte cap on outputs and deltas without a manifest.
const DevOutputCap = uint64(256 << 20)

// Job is one run of a module over one device's data. Everything in it that
// can change the result (tensors, params, manifest, limits, BLAS class) is
// recorded in the Result, so a verifier can run the same job.
type Job struct {
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
	// MemoryLimitMiB caps the module's linear memory and tables; 0 takes
	// DefaultMemoryLimitMiB.
	MemoryLimitMiB uint32
	// BLAS is the host BLAS backend; nil is blas.Strict(), the same bits on
	// every CPU. The result's determinism class records it.
	BLAS blas.Backend
	// Log receives the guest's log calls and its stdout/stderr. It is local
	// only and never part of a result. Nil discards.
	Log io.Writer
}

func (j *Job) gasLimit() uint64 {
	switch {
	case j.GasLimit != 0:
		return j.GasLimit
	case j.Manifest != nil && j.Manifest.GasLimit != 0:
		return j.Manifest.GasLimit
	}
	return DefaultGasLimit
}

func (j *Job) memoryLimitMiB() uint32 {
	if j.MemoryLimitMiB == 0 {
		return DefaultMemoryLimitMiB
	}
	return j.MemoryLimitMiB
}

func (j *Job) backend() blas.Backend {
	if j.BLAS == nil {
		return blas.Strict()
	}
	return j.BLAS
}
