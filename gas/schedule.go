// Package gas is the gas schedule: what each WebAssembly instruction and
// each host call costs, and the limits counted with it. A Schedule is one
// value with a version; every result and receipt records the version it was
// counted with, and Lookup returns any version ever published, so a receipt
// can be re-run under the schedule that made it.
//
// The schedule is normative: abi/COSTS.md states it for an implementation
// in any language.
package gas

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
)

// Schedule is a versioned gas schedule. Changing any number changes gas
// results: a changed schedule needs a new Version.
type Schedule struct {
	// Version names the schedule in results and receipts ("dml-gas-v4").
	Version string

	// Instr is the static gas of one instruction of each class.
	Instr [NumClasses]uint64
	// GrowPage is the gas per page that memory.grow requests, charged
	// even if the grow fails.
	GrowPage uint64
	// DeclaredPage is the gas per page of linear memory a module declares,
	// charged when it is instantiated, before its start function.
	DeclaredPage uint64
	// BulkChunk gas is charged per started BulkChunkBytes bytes of
	// memory.init/copy/fill.
	BulkChunk, BulkChunkBytes uint64
	// TableElem is the gas per element of table.init/copy/fill.
	TableElem uint64
	// MaxDepth is the deepest call nesting a run may reach; one more call
	// ends it with stack_exhausted.
	MaxDepth uint32

	// Host is what the host module's calls cost.
	Host HostCosts
}

// HostCosts are the gas of host calls. A call pays from its arguments
// alone, before it does any work.
type HostCosts struct {
	// Call is the base cost of any dml host call.
	Call uint64
	// Per8Bytes is charged per started 8 bytes a tensor, params, log or
	// emit call moves.
	Per8Bytes uint64
	// MilliPerFlop is the gas, in thousandths, of one BLAS multiply or add.
	MilliPerFlop uint64
	// MilliPerByte is the gas, in thousandths, of one BLAS operand byte
	// read or written.
	MilliPerByte uint64
}

// MaxCost bounds every per-unit cost of a schedule, so that no single
// charge computed from it overflows.
const MaxCost = 1 << 20

// ErrInvalid reports a schedule whose numbers are out of range.
var ErrInvalid = errors.New("gas: invalid schedule")

// Validate checks that every number of s is in range.
func (s *Schedule) Validate() error {
	if s.Version == "" {
		return fmt.Errorf("%w: empty version", ErrInvalid)
	}
	for c, v := range s.Instr {
		if v > MaxCost {
			return fmt.Errorf("%w: class %s costs %d, over %d", ErrInvalid, Class(c), v, MaxCost)
		}
	}
	if s.Instr[ClassControl] == 0 {
		// Every loop iteration takes a branch: with free branches a loop
		// could spin without paying.
		return fmt.Errorf("%w: control instructions must cost at least 1", ErrInvalid)
	}
	if s.MaxDepth == 0 {
		return fmt.Errorf("%w: MaxDepth must be at least 1", ErrInvalid)
	}
	for _, v := range []uint64{s.GrowPage, s.DeclaredPage, s.BulkChunk, s.TableElem, s.Host.Call, s.Host.Per8Bytes, s.Host.MilliPerFlop, s.Host.MilliPerByte} {
		if v > MaxCost {
			return fmt.Errorf("%w: a dynamic or host cost of %d is over %d", ErrInvalid, v, MaxCost)
		}
	}
	if s.BulkChunkBytes == 0 || s.BulkChunkBytes > MaxCost {
		return fmt.Errorf("%w: BulkChunkBytes %d must be 1..%d", ErrInvalid, s.BulkChunkBytes, MaxCost)
	}
	return nil
}

// Clone returns a copy of s that can be changed without changing s.
func (s *Schedule) Clone() *Schedule {
	c := *s
	return &c
}

// Fingerprint is a short hash of every number of s and its version: two
// schedules with the same fingerprint charge the same.
func (s *Schedule) Fingerprint() string {
	sum := sha256.Sum256(fmt.Appendf(nil, "%+v", *s))
	return hex.EncodeToString(sum[:8])
}
