package engine

import (
	"errors"
	"fmt"
	"strings"

	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/sys"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/internal/hostfuncs"
	"github.com/decentralized-ml/dml/internal/meter"
)

// classify names how a failed call ended. Out of gas is read from the
// counter (the instrumenter and the host both leave -1 there), so it is told
// apart from the guest's own traps without parsing messages.
func classify(err error, sess *hostfuncs.Session, mod api.Module) abi.RunStatus {
	var exit *sys.ExitError
	switch {
	case errors.Is(err, hostfuncs.ErrAborted):
		return abi.StatusDeadlineExceeded
	case sess.GasLeft() < 0 || errors.Is(err, hostfuncs.ErrOutOfGas):
		return abi.StatusOutOfGas
	case depthExhausted(mod):
		return abi.StatusStackExhausted
	case errors.Is(err, hostfuncs.ErrABIViolation):
		return abi.StatusABIViolation
	case errors.As(err, &exit):
		return abi.StatusAlgorithmError
	case isStackOverflow(err):
		return abi.StatusStackExhausted
	}
	return abi.StatusTrap
}

// depthExhausted reads the instrumenter's depth counter: −1 once a call went
// past the deterministic stack limit.
func depthExhausted(mod api.Module) bool {
	if mod == nil {
		return false
	}
	g := mod.ExportedGlobal(abi.ExportDepth)
	return g != nil && int32(uint32(g.Get())) == meter.DepthExhausted
}

// isStackOverflow recognises wazero's own stack overflow, which only an
// unmetered run can reach (engines differ on its depth).
func isStackOverflow(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "stack overflow") || strings.Contains(msg, "call stack ceiling")
}

// describe turns a wazero error into the run's error message.
func describe(err error, call string) error {
	var exit *sys.ExitError
	if errors.As(err, &exit) {
		return &algorithmError{code: int32(exit.ExitCode()), msg: fmt.Sprintf("module exited via proc_exit(%d) during %s (a Go guest exits this way when it panics: see the run's log)", exit.ExitCode(), call)}
	}
	if errors.Is(err, hostfuncs.ErrABIViolation) {
		// The host's own message says it all; drop wazero's wrapping and trace.
		msg, _, _ := strings.Cut(err.Error(), " (recovered by wazero)")
		return fmt.Errorf("%s: %s", call, msg)
	}
	return fmt.Errorf("%s: %w", call, err)
}
