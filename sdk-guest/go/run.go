package dml

import (
	"errors"
	"fmt"
	"runtime/debug"

	"github.com/decentralized-ml/dml/abi"
)

// Codes dml_run returns when the algorithm did not choose one.
const (
	CodeFailed int32 = 1 // run returned an error without a code, or no run was registered
	CodePanic  int32 = 2 // run panicked (the panic and its stack are logged)
)

var registered func() error

// Register makes run the algorithm: dml_run calls it. Call it once, from an
// init function of the main package (a reactor never calls main). It panics
// if run is nil or a run is already registered.
func Register(run func() error) {
	if run == nil {
		panic("dml: Register(nil): pass the algorithm's run function")
	}
	if registered != nil {
		panic("dml: Register called twice: an algorithm has one run function")
	}
	registered = run
}

// run is dml_run: 0 when the registered run succeeds; otherwise the error is
// logged at level error and its code returned.
func run() (code int32) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if _, ok := r.(interface{ ABIViolation() }); ok {
			panic(r) // the native fake host's stand-in for a trap
		}
		Log(abi.LogError, fmt.Sprintf("panic: %v\n%s", r, debug.Stack()))
		code = CodePanic
	}()
	if registered == nil {
		Log(abi.LogError, "dml: no algorithm registered: call dml.Register(run) from an init function of the main package")
		return CodeFailed
	}
	err := registered()
	if err == nil {
		return 0
	}
	code = CodeFailed
	var ce *CodeError
	if errors.As(err, &ce) {
		code = ce.Code
	}
	Log(abi.LogError, err.Error())
	return code
}
