package engine

import (
	"errors"
	"fmt"
)

// Sentinel errors; test with errors.Is.
var (
	// ErrInvalidModule: the module is refused at load (status invalid_module).
	ErrInvalidModule = errors.New("invalid module")
	// ErrInvalidInput: the job cannot run on what it was given (status invalid_input).
	ErrInvalidInput = errors.New("invalid input")
	// ErrClosed: the Engine or Module was closed.
	ErrClosed = errors.New("engine: closed")
)

// ModuleError reports a module refused at load. Its message names the
// offending import, export, feature or limit; Err, when set, is the cause.
type ModuleError struct {
	Reason string
	Err    error
}

func (e *ModuleError) Error() string { return e.Reason }

// Unwrap returns the cause.
func (e *ModuleError) Unwrap() error { return e.Err }

// Is makes errors.Is(err, ErrInvalidModule) true.
func (e *ModuleError) Is(target error) bool { return target == ErrInvalidModule }

func refuse(format string, args ...any) *ModuleError {
	err := fmt.Errorf(format, args...)
	return &ModuleError{Reason: err.Error(), Err: errors.Unwrap(err)}
}

// InputError reports a job that cannot run because of what it was given:
// a tensor, params, a limit.
type InputError struct {
	Reason string
	Err    error
}

func (e *InputError) Error() string { return e.Reason }

// Unwrap returns the cause.
func (e *InputError) Unwrap() error { return e.Err }

// Is makes errors.Is(err, ErrInvalidInput) true.
func (e *InputError) Is(target error) bool { return target == ErrInvalidInput }

func badInput(format string, args ...any) *InputError {
	err := fmt.Errorf(format, args...)
	return &InputError{Reason: err.Error(), Err: errors.Unwrap(err)}
}
