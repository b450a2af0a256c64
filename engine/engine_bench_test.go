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
	mod := compile(b, newTestEngine(b, Compiler), readFile(b, "testdata/sum.wasm"))
	job := &Job{Inputs: []abi.Tensor{abi.FromFloat64s("X", []int64{4}, []float64{1, 2, 3, 4})}}
	mustRun(b, mod, job)
	b.ResetTimer()
	for b.Loop() {
		mustRun(b, mod, job)
	}
}

// BenchmarkRunCachedGoModule is the same overhead for a 2 MB Go reactor,
// whose _initialize starts the Go runtime.
func BenchmarkRunCachedGoModule(b *testing.B) {
	wasm, job := linregJob(b)
	mod := compile(b, newTestEngine(b, Compiler), wasm)
	mustRun(b, mod, job)
	b.ResetTimer()
	for b.Loop() {
		mustRun(b, mod, job)
	}
}

const readBytes = 64 << 20

// BenchmarkRun64MBInput is a whole run over a 64 MB input: hashing it for
// the input commitment, a fresh 100 MiB instance (its pages touched for the
// first time) and one tensor_read. hostfuncs.BenchmarkTensorRead64MB
// measures the host call alone.
func BenchmarkRun64MBInput(b *testing.B) {
	mod := compile(b, newTestEngine(b, Compiler), readFile(b, "testdata/read.wasm"))
	x := abi.Tensor{Name: "X", DType: abi.F64, Shape: []int64{readBytes / 8}, Data: make([]byte, readBytes)}
	job := &Job{Inputs: []abi.Tensor{x}}
	mustRun(b, mod, job)
	b.SetBytes(readBytes)
	b.ResetTimer()
	for b.Loop() {
		mustRun(b, mod, job)
	}
}

// BenchmarkCompileCold compiles a 2 MB Go module with an empty cache.
func BenchmarkCompileCold(b *testing.B) {
	wasm := testmod.AlgorithmBytes(b, "linreg")
	for b.Loop() {
		dir := b.TempDir()
		e, err := New(context.Background(), NewConfig().WithCompilationCache(dir))
		if err != nil {
			b.Fatal(err)
		}
		compile(b, e, wasm)
		e.Close(context.Background())
		os.RemoveAll(dir)
	}
}

// BenchmarkCompileDiskCached loads the same module through a new engine whose
// on-disk compilation cache is warm: what a second `dmlrun run` pays.
func BenchmarkCompileDiskCached(b *testing.B) {
	wasm := testmod.AlgorithmBytes(b, "linreg")
	cfg := NewConfig().WithCompilationCache(b.TempDir())
	warm, err := New(context.Background(), cfg)
	if err != nil {
		b.Fatal(err)
	}
	compile(b, warm, wasm)
	warm.Close(context.Background())
	b.ResetTimer()
	for b.Loop() {
		e, err := New(context.Background(), cfg)
		if err != nil {
			b.Fatal(err)
		}
		compile(b, e, wasm)
		e.Close(context.Background())
	}
}

func compile(b *testing.B, e *Engine, wasm []byte) *Module {
	mod, err := e.Compile(context.Background(), wasm)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { mod.Close(context.Background()) })
	return mod
}

func mustRun(b *testing.B, mod *Module, job *Job) *Result {
	res, err := mod.Run(context.Background(), job)
	if err != nil {
		b.Fatal(err)
	}
	if res.Status != abi.StatusOK {
		b.Fatalf("%s: %s", res.Status, res.Error)
	}
	return res
}
