package engine

import (
	"context"
	"os"
	"testing"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/internal/testmod"
)

// BenchmarkRunCached is the per-run overhead of a cached module:
// instantiate, _initialize, dml_abi_version, dml_run (a tiny sum), close.
func BenchmarkRunCached(b *testing.B) {
	e := newTestEngine(b)
	job := &Job{Module: readFile(b, "testdata/sum.wasm"), Inputs: []abi.Tensor{abi.FromFloat64s("X", []int64{4}, []float64{1, 2, 3, 4})}}
	mustRun(b, e, job)
	b.ResetTimer()
	for b.Loop() {
		mustRun(b, e, job)
	}
}

// BenchmarkRunCachedGoModule is the same overhead for a 2 MB Go reactor,
// whose _initialize starts the Go runtime.
func BenchmarkRunCachedGoModule(b *testing.B) {
	e := newTestEngine(b)
	job := linregJob(b)
	mustRun(b, e, job)
	b.ResetTimer()
	for b.Loop() {
		mustRun(b, e, job)
	}
}

const readBytes = 64 << 20

// BenchmarkRun64MBInput is a whole run over a 64 MB input: hashing it for
// the input commitment, a fresh 100 MiB instance (its pages touched for the
// first time) and one tensor_read. hostfuncs.BenchmarkTensorRead64MB
// measures the host call alone.
func BenchmarkRun64MBInput(b *testing.B) {
	e := newTestEngine(b)
	x := abi.Tensor{Name: "X", DType: abi.F64, Shape: []int64{readBytes / 8}, Data: make([]byte, readBytes)}
	job := &Job{Module: readFile(b, "testdata/read.wasm"), Inputs: []abi.Tensor{x}}
	mustRun(b, e, job)
	b.SetBytes(readBytes)
	b.ResetTimer()
	for b.Loop() {
		mustRun(b, e, job)
	}
}

// BenchmarkCompileCold compiles a 2 MB Go module with an empty cache.
func BenchmarkCompileCold(b *testing.B) {
	wasm := testmod.AlgorithmBytes(b, "linreg")
	for b.Loop() {
		home := b.TempDir()
		e, err := NewEngine(context.Background(), Config{Home: home})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := e.prepareOnly(context.Background(), Compiler, wasm); err != nil {
			b.Fatal(err)
		}
		e.Close(context.Background())
		os.RemoveAll(home)
	}
}

// BenchmarkCompileDiskCached loads the same module through a new engine whose
// on-disk compilation cache is warm: what a second `dmlrun run` pays.
func BenchmarkCompileDiskCached(b *testing.B) {
	wasm := testmod.AlgorithmBytes(b, "linreg")
	home := b.TempDir()
	warm, err := NewEngine(context.Background(), Config{Home: home})
	if err != nil {
		b.Fatal(err)
	}
	if _, err := warm.prepareOnly(context.Background(), Compiler, wasm); err != nil {
		b.Fatal(err)
	}
	warm.Close(context.Background())
	b.ResetTimer()
	for b.Loop() {
		e, err := NewEngine(context.Background(), Config{Home: home})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := e.prepareOnly(context.Background(), Compiler, wasm); err != nil {
			b.Fatal(err)
		}
		e.Close(context.Background())
	}
}

func mustRun(b *testing.B, e *Engine, job *Job) *Result {
	res, err := e.Run(context.Background(), job)
	if err != nil {
		b.Fatal(err)
	}
	if res.Status != abi.StatusOK {
		b.Fatalf("%s: %s", res.Status, res.Error)
	}
	return res
}
