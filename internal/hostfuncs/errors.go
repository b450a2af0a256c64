// Package hostfuncs implements the host module "dml" that guests import:
// tensor I/O, params, emit, log, gas and BLAS. Per-run state
// travels in the call's context as a *Session, so one instantiated host
// module serves any number of concurrent runs.
package hostfuncs

import (
	"errors"
	"fmt"
)

// ErrABIViolation is the panic value (wrapped) of a host call given
// out-of-bounds, wrapping, misaligned or invalid arguments. The run ends with
// status abi_violation; host memory is never touched.
var ErrABIViolation = errors.New("abi violation")

// ErrOutOfGas is the panic value of a host call that cannot pay its cost.
var ErrOutOfGas = errors.New("out of gas")

// ErrAborted is the panic value of a host call in a run the engine gave up on.
var ErrAborted = errors.New("run aborted by the host")

// ErrNoSession is the panic value of a host call made outside a run.
var ErrNoSession = errors.New("host call outside a run")

func violation(format string, args ...any) {
	panic(fmt.Errorf("%w: "+format, append([]any{ErrABIViolation}, args...)...))
}
