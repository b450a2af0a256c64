// Package testrun runs modules through the real engine in tests: one
// Engine of each kind per test process (sharing a compilation cache in a
// temporary directory), and a run that fails the test unless it ends ok.
package testrun

import (
	"context"
	"os"
	"sync"
	"testing"

	"github.com/decentralized-ml/dml/engine"
)

var cacheDir = sync.OnceValues(func() (string, error) {
	return os.MkdirTemp("", "dml-testrun-")
})

var (
	mu      sync.Mutex
	engines = map[engine.Kind]*engine.Engine{}
)

// Engine is the test process's shared engine of kind.
func Engine(tb testing.TB, kind engine.Kind) *engine.Engine {
	tb.Helper()
	mu.Lock()
	defer mu.Unlock()
	if e, ok := engines[kind]; ok {
		return e
	}
	dir, err := cacheDir()
	if err != nil {
		tb.Fatal(err)
	}
	e, err := engine.New(context.Background(), engine.NewConfig().WithKind(kind).WithCompilationCache(dir))
	if err != nil {
		tb.Fatal(err)
	}
	engines[kind] = e
	return e
}

// Run runs wasm with job on the shared engine of kind.
func Run(tb testing.TB, kind engine.Kind, wasm []byte, job *engine.Job) *engine.Result {
	tb.Helper()
	res, err := Engine(tb, kind).Run(context.Background(), wasm, job)
	if err != nil {
		tb.Fatal(err)
	}
	return res
}

// OK is Run, and fails the test unless the run ends ok.
func OK(tb testing.TB, kind engine.Kind, wasm []byte, job *engine.Job) *engine.Result {
	tb.Helper()
	res := Run(tb, kind, wasm, job)
	if res.Status != "ok" {
		tb.Fatalf("%s: %s: %s", kind, res.Status, res.Error)
	}
	return res
}
