// Package testrun runs modules through the real runtime in tests: one
// Engine per test process (its compilation cache in a temporary home), and
// a run that fails the test unless it ends ok.
package testrun

import (
	"context"
	"os"
	"sync"
	"testing"

	"github.com/decentralized-ml/dml/runtime"
)

var engine = sync.OnceValues(func() (*runtime.Engine, error) {
	home, err := os.MkdirTemp("", "dml-testrun-")
	if err != nil {
		return nil, err
	}
	return runtime.NewEngine(context.Background(), runtime.Config{Home: home, MemoryLimitMiB: 2048})
})

// Engine is the test process's shared runtime.Engine.
func Engine(tb testing.TB) *runtime.Engine {
	tb.Helper()
	e, err := engine()
	if err != nil {
		tb.Fatal(err)
	}
	return e
}

// OK runs job on the shared engine and fails the test unless it ends ok.
func OK(tb testing.TB, job *runtime.Job) *runtime.Result {
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
