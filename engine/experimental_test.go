package engine_test

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/engine"
	"github.com/decentralized-ml/dml/experimental"
)

// An unmetered module runs without gas instrumentation, says so, and has
// no receipt; fast BLAS names its per-architecture class.
func TestExperimentalKnobs(t *testing.T) {
	ctx := context.Background()
	e, err := engine.New(ctx, engine.NewConfig())
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close(ctx)
	wasm, err := os.ReadFile("testdata/dot.wasm")
	if err != nil {
		t.Fatal(err)
	}
	job := &engine.Job{Inputs: []abi.Tensor{
		abi.FromFloat64s("x", []int64{2}, []float64{1, 2}),
		abi.FromFloat64s("y", []int64{2}, []float64{3, 4}),
	}, BLAS: experimental.FastBLAS()}
	metered, err := e.Run(ctx, wasm, job)
	if err != nil {
		t.Fatal(err)
	}
	mod, err := e.Compile(experimental.WithUnmetered(ctx), wasm)
	if err != nil {
		t.Fatal(err)
	}
	defer mod.Close(ctx)
	res, err := mod.Run(ctx, job)
	if err != nil {
		t.Fatal(err)
	}
	if res.Status != abi.StatusOK || !res.Unmetered || res.ResultHash != metered.ResultHash || res.GasUsed >= metered.GasUsed {
		t.Fatalf("unmetered %+v, metered %+v", res, metered)
	}
	if res.Determinism == "strict" || metered.Determinism != res.Determinism {
		t.Fatalf("fast BLAS class %q / %q", res.Determinism, metered.Determinism)
	}
	if _, err := res.Receipt(time.Now()); err == nil {
		t.Fatal("an unmetered run has a receipt")
	}
}
