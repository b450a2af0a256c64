package engine

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/internal/testmod"
)

// A run that outlives its wall-clock bound ends deadline_exceeded, billed
// nothing, on both engines; the abandoned instance stops at its next host
// call.
func TestRunDeadline(t *testing.T) {
	wasm := readFile(t, "testdata/spin_host.wasm")
	for _, kind := range kinds {
		e := newEngineWith(t, NewConfig().WithKind(kind).WithWallClockBound(100*time.Millisecond, 0, time.Second))
		start := time.Now()
		res := run(t, e, wasm, &Job{GasLimit: MaxGasLimit})
		if res.Status != abi.StatusDeadlineExceeded || res.GasUsed != 0 {
			t.Fatalf("%s: status %s gas used %d (%s), want deadline_exceeded billed 0", kind, res.Status, res.GasUsed, res.Error)
		}
		if wall := time.Since(start); wall > 5*time.Second {
			t.Fatalf("%s: returned after %s", kind, wall)
		}
		if _, err := res.Receipt(time.Now()); err == nil {
			t.Fatalf("%s: a run over its deadline has a receipt", kind)
		}
	}
}

// The same module at a normal gas limit runs out of gas long before the
// default bound.
func TestSpinRunsOutOfGas(t *testing.T) {
	res := run(t, newTestEngine(t, Compiler), readFile(t, "testdata/spin_host.wasm"), &Job{GasLimit: 10_000_000})
	if res.Status != abi.StatusOutOfGas {
		t.Fatalf("status %s: %s", res.Status, res.Error)
	}
}

// A compilation that outlives its bound ends deadline_exceeded too.
func TestCompileDeadline(t *testing.T) {
	wasm := testmod.AlgorithmBytes(t, "linreg") // seconds to compile, cold
	e, err := New(context.Background(), NewConfig().WithWallClockBound(time.Millisecond, 0, 0))
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close(context.Background())
	_, err = e.Compile(context.Background(), wasm)
	if !errors.Is(err, ErrDeadlineExceeded) {
		t.Fatalf("got %v, want ErrDeadlineExceeded", err)
	}
	res := run(t, e, wasm, &Job{})
	if res.Status != abi.StatusDeadlineExceeded && res.Status != abi.StatusOK {
		t.Fatalf("Run after a compile deadline: %s %s", res.Status, res.Error)
	}
}

// A cancelled context ends the wait for a run with the context's error.
func TestRunCancelled(t *testing.T) {
	e := newTestEngine(t, Compiler)
	mod, err := e.Compile(context.Background(), readFile(t, "testdata/spin_host.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	defer mod.Close(context.Background())
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if _, err := mod.Run(ctx, &Job{GasLimit: MaxGasLimit}); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("got %v, want the context's error", err)
	}
}
