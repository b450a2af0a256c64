package engine

import (
	"context"
	"path/filepath"
	"sync"
	"testing"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/internal/testmod"
	"github.com/decentralized-ml/dml/manifest"
	"github.com/decentralized-ml/dml/tensorfile"
)

// linregJob is the linreg algorithm on its sample data, and its module.
func linregJob(tb testing.TB) ([]byte, *Job) {
	tb.Helper()
	root := testmod.RepoRoot(tb)
	dir := filepath.Join(root, "algorithms", "linreg")
	m, err := manifest.Load(filepath.Join(dir, "manifest.yaml"))
	if err != nil {
		tb.Fatal(err)
	}
	x, err := tensorfile.Load(filepath.Join(dir, "testdata", "X.csv"), "X", abi.F64, 2)
	if err != nil {
		tb.Fatal(err)
	}
	y, err := tensorfile.Load(filepath.Join(dir, "testdata", "y.csv"), "y", abi.F64, 1)
	if err != nil {
		tb.Fatal(err)
	}
	return testmod.AlgorithmBytes(tb, "linreg"), &Job{
		Manifest: m,
		Inputs:   []abi.Tensor{x, y},
		Params:   []byte(`{"epochs": 50, "lr": 0.05}`),
	}
}

func TestLinregBothEngines(t *testing.T) {
	wasm, job := linregJob(t)
	var first *Result
	for _, kind := range kinds {
		res := run(t, newTestEngine(t, kind), wasm, job)
		if res.Status != abi.StatusOK {
			t.Fatalf("%s: %s: %s", kind, res.Status, res.Error)
		}
		if len(res.Outputs) != 2 || len(res.Deltas) != 1 {
			t.Fatalf("%s: outputs %+v deltas %+v", kind, res.Outputs, res.Deltas)
		}
		if first == nil {
			first = res
			continue
		}
		if res.ResultHash != first.ResultHash || res.GasUsed != first.GasUsed {
			t.Fatalf("engines differ: compiler %s gas %d, interpreter %s gas %d", first.ResultHash, first.GasUsed, res.ResultHash, res.GasUsed)
		}
	}
}

// Many concurrent runs on one Module, and through Engine.Run on both
// engines, give identical results: the hammer.
func TestConcurrentRuns(t *testing.T) {
	wasm, job := linregJob(t)
	engines := []*Engine{newTestEngine(t, Compiler), newTestEngine(t, Interpreter)}
	mod, err := engines[0].Compile(context.Background(), wasm)
	if err != nil {
		t.Fatal(err)
	}
	defer mod.Close(context.Background())
	const n = 64
	results := make([]*Result, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			j := *job
			switch i % 4 {
			case 3:
				results[i], errs[i] = engines[1].Run(context.Background(), wasm, &j)
			case 2:
				results[i], errs[i] = engines[0].Run(context.Background(), wasm, &j)
			default:
				results[i], errs[i] = mod.Run(context.Background(), &j)
			}
		}()
	}
	wg.Wait()
	for i := range n {
		if errs[i] != nil {
			t.Fatalf("run %d: %v", i, errs[i])
		}
		r := results[i]
		if r.Status != abi.StatusOK {
			t.Fatalf("run %d: %s: %s", i, r.Status, r.Error)
		}
		if r.ResultHash != results[0].ResultHash || r.GasUsed != results[0].GasUsed {
			t.Fatalf("run %d (%s) differs: %s gas %d vs %s gas %d", i, r.Engine, r.ResultHash, r.GasUsed, results[0].ResultHash, results[0].GasUsed)
		}
	}
}
