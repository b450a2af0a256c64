// Package abi is the host↔guest contract of DML modules, version 1: names,
// signatures, codes, limits, the canonical tensor encoding and the result
// hash. abi/ABI.md is the normative text; this package is its executable
// form. It has no dependencies and compiles for GOOS=wasip1, so the guest SDK
// shares these constants.
package abi

// Version is the ABI version a module's dml_abi_version export must return.
const Version = 1

// ImportModule is the only import module a guest may use besides WASI.
const ImportModule = "dml"

// WASIModule is the WASI import module; only the functions in WASIAllowed may be imported from it.
const WASIModule = "wasi_snapshot_preview1"

// Guest exports.
const (
	ExportMemory     = "memory"
	ExportRun        = "dml_run"
	ExportABIVersion = "dml_abi_version"
	// ExportInitialize is exported by Go reactors (-buildmode=c-shared) and
	// wasi-libc reactors; the host calls it before anything else.
	ExportInitialize = "_initialize"
	// ExportGas is the mutable i64 global the instrumenter adds: gas left.
	ExportGas = "dml_gas"
	// ExportDepth is the mutable i32 global the instrumenter adds: the call
	// depth, −1 once the deterministic stack limit was hit.
	ExportDepth = "dml_depth"
	// ExportStart is where the instrumenter moves a module's start function,
	// so the host can set the gas counter before it runs.
	ExportStart = "dml_start"
)

// DefaultMemoryLimitMiB is a run's memory limit (linear memory and tables)
// when its job gives none.
const DefaultMemoryLimitMiB = 1024

// Limits of ABI v1. A call beyond them traps with abi_violation.
const (
	MaxRank    = 8       // dims per tensor
	MaxNameLen = 256     // bytes in a tensor name
	MaxLogLen  = 1 << 16 // bytes in one log call
	// InfoSize is the largest record tensor_info writes: dtype i32, rank i32, dims i64×MaxRank.
	InfoSize = 8 + 8*MaxRank
)
