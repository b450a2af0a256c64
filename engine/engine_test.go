package engine

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/abi/digest"
)

func newTestEngine(t testing.TB) *Engine {
	t.Helper()
	e, err := NewEngine(context.Background(), Config{Home: sharedHome(t)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.Close(context.Background()) })
	return e
}

// sharedHome keeps one compilation cache for the package's tests.
var testHome string

func sharedHome(t testing.TB) string {
	if testHome == "" {
		d, err := os.MkdirTemp("", "dml-runtime-test-")
		if err != nil {
			t.Fatal(err)
		}
		testHome = d
	}
	return testHome
}

func readFile(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestRunSum(t *testing.T) {
	e := newTestEngine(t)
	x := abi.FromFloat64s("X", []int64{2, 2}, []float64{1, 2, 3, 4.5})
	for _, kind := range []EngineKind{Compiler, Interpreter} {
		res, err := e.Run(context.Background(), &Job{Module: readFile(t, "testdata/sum.wasm"), Inputs: []abi.Tensor{x}, Engine: kind})
		if err != nil {
			t.Fatal(err)
		}
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
	}
}

func TestRunStatuses(t *testing.T) {
	e := newTestEngine(t)
	sum := readFile(t, "testdata/sum.wasm")
	cases := []struct {
		name    string
		job     Job
		status  abi.RunStatus
		errWant string
	}{
		{"missing input", Job{Module: sum}, abi.StatusAlgorithmError, "error code 10"},
		{"not wasm", Job{Module: []byte("hello world")}, abi.StatusInvalidModule, "\\0asm"},
		{"truncated", Job{Module: sum[:len(sum)/2]}, abi.StatusInvalidModule, "not a valid WebAssembly module"},
		{"bad params", Job{Module: sum, Params: []byte("{")}, abi.StatusInvalidInput, "params"},
		{"bad tensor", Job{Module: sum, Inputs: []abi.Tensor{{Name: "X", DType: abi.F64, Shape: []int64{3}, Data: make([]byte, 8)}}}, abi.StatusInvalidInput, "needs 24 bytes"},
		{"out of gas", Job{Module: sum, GasLimit: 5, Inputs: []abi.Tensor{abi.FromFloat64s("X", []int64{1}, []float64{1})}}, abi.StatusOutOfGas, "out of gas"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := e.Run(context.Background(), &c.job)
			if err != nil {
				t.Fatal(err)
			}
			if res.Status != c.status || !strings.Contains(res.Error, c.errWant) {
				t.Fatalf("status %s, error %q; want %s containing %q", res.Status, res.Error, c.status, c.errWant)
			}
			if c.status == abi.StatusOutOfGas && res.GasUsed != res.GasLimit {
				t.Fatalf("out of gas used %d of %d", res.GasUsed, res.GasLimit)
			}
		})
	}
}

func TestForbiddenImportIsNamed(t *testing.T) {
	e := newTestEngine(t)
	wasm := []byte("\x00asm\x01\x00\x00\x00" +
		"\x01\x04\x01\x60\x00\x00" + // type: () -> ()
		"\x02\x10\x01\x03env\x08anything\x00\x00") // import env.anything
	res, err := e.Run(context.Background(), &Job{Module: wasm})
	if err != nil {
		t.Fatal(err)
	}
	if res.Status != abi.StatusInvalidModule || !strings.Contains(res.Error, "env.anything") {
		t.Fatalf("status %s, error %q", res.Status, res.Error)
	}
}
