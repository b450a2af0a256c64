package engine

import (
	"context"
	"errors"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/abi/digest"
)

// kinds are the engines every behaviour is checked on.
var kinds = []Kind{Compiler, Interpreter}

// testCacheDir keeps one compilation cache for the package's tests.
var testCacheDir = sync.OnceValue(func() string {
	d, err := os.MkdirTemp("", "dml-engine-test-")
	if err != nil {
		panic(err)
	}
	return d
})

func newTestEngine(tb testing.TB, kind Kind) *Engine {
	tb.Helper()
	return newEngineWith(tb, NewConfig().WithKind(kind))
}

func newEngineWith(tb testing.TB, cfg Config) *Engine {
	tb.Helper()
	e, err := New(context.Background(), cfg.WithCompilationCache(testCacheDir()))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { e.Close(context.Background()) })
	return e
}

func readFile(tb testing.TB, path string) []byte {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

func run(tb testing.TB, e *Engine, wasm []byte, job *Job) *Result {
	tb.Helper()
	res, err := e.Run(context.Background(), wasm, job)
	if err != nil {
		tb.Fatal(err)
	}
	return res
}

func TestRunSum(t *testing.T) {
	x := abi.FromFloat64s("X", []int64{2, 2}, []float64{1, 2, 3, 4.5})
	for _, kind := range kinds {
		res := run(t, newTestEngine(t, kind), readFile(t, "testdata/sum.wasm"), &Job{Inputs: []abi.Tensor{x}})
		if res.Status != abi.StatusOK {
			t.Fatalf("%s: status %s: %s", kind, res.Status, res.Error)
		}
		if len(res.OutputTensors) != 1 || res.OutputTensors[0].Float64s()[0] != 10.5 {
			t.Fatalf("%s: outputs %+v", kind, res.Outputs)
		}
		if len(res.Deltas) != 1 || res.Deltas[0].Name != "sum" {
			t.Fatalf("%s: deltas %+v", kind, res.Deltas)
		}
		want := digest.ResultHash(
			[]abi.Tensor{abi.FromFloat64s("sum", []int64{1}, []float64{10.5})},
			[]abi.Tensor{abi.FromFloat64s("sum", []int64{1}, []float64{10.5})})
		if res.ResultHash != want {
			t.Fatalf("%s: result hash %s, want %s", kind, res.ResultHash, want)
		}
		if res.Engine != kind || res.MemoryLimitMiB != DefaultMemoryLimitMiB || res.GasTable == "" {
			t.Fatalf("%s: result does not record its settings: %+v", kind, res)
		}
	}
}

// A compiled Module runs many jobs, and its results are those of Engine.Run.
func TestCompiledModuleRunsManyJobs(t *testing.T) {
	e := newTestEngine(t, Compiler)
	wasm := readFile(t, "testdata/sum.wasm")
	mod, err := e.Compile(context.Background(), wasm)
	if err != nil {
		t.Fatal(err)
	}
	defer mod.Close(context.Background())
	if mod.SHA256() != sha256Hex(wasm) {
		t.Fatalf("SHA256 %s", mod.SHA256())
	}
	for i := range 3 {
		job := &Job{Inputs: []abi.Tensor{abi.FromFloat64s("X", []int64{1}, []float64{float64(i)})}}
		got, err := mod.Run(context.Background(), job)
		if err != nil {
			t.Fatal(err)
		}
		want := run(t, e, wasm, job)
		if got.Status != abi.StatusOK || got.ResultHash != want.ResultHash || got.GasUsed != want.GasUsed {
			t.Fatalf("job %d: module run %s %s gas %d, engine run %s gas %d", i, got.Status, got.ResultHash, got.GasUsed, want.ResultHash, want.GasUsed)
		}
	}
}

func TestCompileRefusesWithModuleError(t *testing.T) {
	e := newTestEngine(t, Compiler)
	_, err := e.Compile(context.Background(), []byte("hello world"))
	var me *ModuleError
	if !errors.Is(err, ErrInvalidModule) || !errors.As(err, &me) || !strings.Contains(me.Reason, "\\0asm") {
		t.Fatalf("got %v, want a ModuleError about the magic", err)
	}
}

func TestRunStatuses(t *testing.T) {
	e := newTestEngine(t, Compiler)
	sum := readFile(t, "testdata/sum.wasm")
	one := []abi.Tensor{abi.FromFloat64s("X", []int64{1}, []float64{1})}
	cases := []struct {
		name    string
		wasm    []byte
		job     Job
		status  abi.RunStatus
		errWant string
	}{
		{"missing input", sum, Job{}, abi.StatusAlgorithmError, "error code 10"},
		{"not wasm", []byte("hello world"), Job{}, abi.StatusInvalidModule, "\\0asm"},
		{"truncated", sum[:len(sum)/2], Job{}, abi.StatusInvalidModule, "not a valid WebAssembly module"},
		{"bad params", sum, Job{Params: []byte("{")}, abi.StatusInvalidInput, "params"},
		{"bad tensor", sum, Job{Inputs: []abi.Tensor{{Name: "X", DType: abi.F64, Shape: []int64{3}, Data: make([]byte, 8)}}}, abi.StatusInvalidInput, "needs 24 bytes"},
		{"out of gas", sum, Job{GasLimit: 5, Inputs: one}, abi.StatusOutOfGas, "out of gas"},
		{"gas limit too large", sum, Job{GasLimit: 1 << 63, Inputs: one}, abi.StatusInvalidInput, "exceeds the maximum"},
		{"memory limit too large", sum, Job{MemoryLimitMiB: 5000, Inputs: one}, abi.StatusInvalidInput, "4096 MiB"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := run(t, e, c.wasm, &c.job)
			if res.Status != c.status || !strings.Contains(res.Error, c.errWant) {
				t.Fatalf("status %s, error %q; want %s containing %q", res.Status, res.Error, c.status, c.errWant)
			}
			if c.status == abi.StatusOutOfGas && res.GasUsed != res.GasLimit {
				t.Fatalf("out of gas used %d of %d", res.GasUsed, res.GasLimit)
			}
			if res.Status != abi.StatusOK && res.ResultHash != digest.ResultHash(nil, nil) {
				t.Fatalf("a failed run's result hash is %q, want the hash of no tensors", res.ResultHash)
			}
		})
	}
}

func TestForbiddenImportIsNamed(t *testing.T) {
	wasm := []byte("\x00asm\x01\x00\x00\x00" +
		"\x01\x04\x01\x60\x00\x00" + // type: () -> ()
		"\x02\x10\x01\x03env\x08anything\x00\x00") // import env.anything
	res := run(t, newTestEngine(t, Compiler), wasm, &Job{})
	if res.Status != abi.StatusInvalidModule || !strings.Contains(res.Error, "env.anything") {
		t.Fatalf("status %s, error %q", res.Status, res.Error)
	}
}

func TestClosedEngine(t *testing.T) {
	e, err := New(context.Background(), NewConfig())
	if err != nil {
		t.Fatal(err)
	}
	e.Close(context.Background())
	if _, err := e.Run(context.Background(), readFile(t, "testdata/sum.wasm"), &Job{}); !errors.Is(err, ErrClosed) {
		t.Fatalf("got %v, want ErrClosed", err)
	}
}
