package main

import (
	"fmt"

	"github.com/decentralized-ml/dml/engine"
)

// inputError is a problem with what the user gave (a file, a flag value):
// a run given it ends with status invalid_input.
func inputError(format string, args ...any) error {
	return &engine.InputError{Reason: fmt.Sprintf(format, args...)}
}
