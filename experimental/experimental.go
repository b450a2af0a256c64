// Package experimental holds engine knobs that may change or go away, and
// that give up what the engine otherwise promises: unmetered runs (no gas,
// no receipt) and fast BLAS (results differ between CPUs). Like wazero's
// package of the same name, its options travel in a context.
package experimental

import (
	"context"

	"github.com/decentralized-ml/dml/blas"
	"github.com/decentralized-ml/dml/internal/expctx"
)

// WithUnmetered returns a context under which engine.(*Engine).Compile
// skips gas instrumentation. Runs of such a module count only host calls
// in gas_used, are marked unmetered, and have no receipt: for benchmarks.
//
//	mod, err := e.Compile(experimental.WithUnmetered(ctx), wasm)
func WithUnmetered(ctx context.Context) context.Context {
	return context.WithValue(ctx, expctx.UnmeteredKey{}, true)
}

// FastBLAS is gonum's native BLAS: faster than the strict backend, but its
// bits differ between architectures, so results carry the determinism
// class fast/<arch>. blas.ByName("openblas") gives OpenBLAS in builds with
// the openblas tag.
//
//	res, err := mod.Run(ctx, &engine.Job{Inputs: in, BLAS: experimental.FastBLAS()})
func FastBLAS() blas.Backend { return blas.Fast() }
