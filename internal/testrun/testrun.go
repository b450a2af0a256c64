// Package testrun runs modules through the real runtime in tests: one
// Engine per test process (its compilation cache in a temporary home), and
// a run that fails the test unless it ends ok.
package testrun

import (
	"context"
	"os"
	"sync"
	"testing"

	"github.com/decentralized-ml/dml/engine"
)

var shared = sync.OnceValues(func() (*engine.Engine, error) {
	home, err := os.MkdirTemp("", "dml-testrun-")
	if err != nil {
		return nil, err
	}
	return engine.NewEngine(context.Background(), engine.Config{Home: home, MemoryLimitMiB: 2048})
})

// Engine is the test process's shared engine.Engine.
func Engine(tb testing.TB) *engine.Engine {
	tb.Helper()
	e, err := shared()
	if err != nil {
		tb.Fatal(err)
	}
	return e
}

// OK runs job on the shared engine and fails the test unless it ends ok.
func OK(tb testing.TB, job *engine.Job) *engine.Result {
	tb.Helper()
	res, err := Engine(tb).Run(context.Background(), job)
	if err != nil {
		tb.Fatal(err)
	}
	if res.Status != "ok" {
		tb.Fatalf("%s: %s", res.Status, res.Error)
	}
	return res
}
