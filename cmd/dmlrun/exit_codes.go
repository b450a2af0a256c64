package main

import (
	"errors"

	"github.com/decentralized-ml/dml/abi"
)

// Exit codes of dmlrun. 0 is only for a run with status ok, a confirmed
// receipt, or all conformance vectors passing.
const (
	ExitOK       = 0
	ExitInternal = 1 // dmlrun itself failed (unwritable file, host error)
	ExitUsage    = 2 // bad flags or arguments

	ExitOutOfGas       = 10
	ExitStackExhausted = 11
	ExitTrap           = 12
	ExitABIViolation   = 13
	ExitAlgorithmError = 14
	ExitInvalidModule  = 15
	ExitInvalidInput   = 16
	ExitDeadline       = 17 // deadline_exceeded: a metering defect, never billed

	ExitVerifyMismatch     = 20 // verify: the re-run differs from the receipt
	ExitReceiptEdited      = 21 // verify: the receipt's id does not match its contents
	ExitConformanceFailure = 22 // conformance: a vector failed

	ExitContentUnavailable = 30 // add/get/pin/car: the CID is not local and no source provided it
	ExitContentMismatch    = 31 // add/get/pin/car: bytes do not match their CID (nothing was stored)
)

var statusExit = map[abi.RunStatus]int{
	abi.StatusOK:               ExitOK,
	abi.StatusOutOfGas:         ExitOutOfGas,
	abi.StatusStackExhausted:   ExitStackExhausted,
	abi.StatusTrap:             ExitTrap,
	abi.StatusABIViolation:     ExitABIViolation,
	abi.StatusAlgorithmError:   ExitAlgorithmError,
	abi.StatusInvalidModule:    ExitInvalidModule,
	abi.StatusInvalidInput:     ExitInvalidInput,
	abi.StatusDeadlineExceeded: ExitDeadline,
}

// exitCodesHelp documents the exit codes in command help.
const exitCodesHelp = `Exit codes:
  0  status ok (verify: receipt confirmed; conformance: all passed)
  1  dmlrun itself failed (for example an unwritable --out directory)
  2  bad flags or arguments
  10 out_of_gas        11 stack_exhausted   12 trap
  13 abi_violation     14 algorithm_error   15 invalid_module
  16 invalid_input     17 deadline_exceeded (a metering defect; never billed)
  20 verify: the re-run differs from the receipt
  21 verify: the receipt was edited (its id does not match its contents)
  22 conformance: a vector failed
  30 content by CID: not in the local store and no gateway or node provided it
  31 content by CID: bytes do not match the CID (refused, nothing stored)
  (run and verify report content by CID that cannot be had as invalid_input)`

// StatusExitCode is the exit code of a run that ended with status s.
func StatusExitCode(s abi.RunStatus) int {
	if c, ok := statusExit[s]; ok {
		return c
	}
	return ExitInternal
}

// exitError carries an exit code; reported means its message was already printed.
type exitError struct {
	code     int
	err      error
	reported bool
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// withCode attaches an exit code to err.
func withCode(code int, err error) error { return &exitError{code: code, err: err} }

// silent is an exit code whose explanation was already printed.
func silent(code int, err error) error { return &exitError{code: code, err: err, reported: true} }

func exitCodeOf(err error) int {
	var e *exitError
	if errors.As(err, &e) {
		return e.code
	}
	return ExitUsage // cobra's own errors: flags and arguments
}

func isReported(err error) bool {
	var e *exitError
	return errors.As(err, &e) && e.reported
}
