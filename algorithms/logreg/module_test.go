package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/engine"
	"github.com/decentralized-ml/dml/internal/fashionmnist"
	"github.com/decentralized-ml/dml/internal/testmod"
	"github.com/decentralized-ml/dml/internal/testrun"
	"github.com/decentralized-ml/dml/manifest"
)

// pureModule builds logreg with -tags purewasm (no host BLAS), as
// `make bench` does:
//
//	GOOS=wasip1 GOARCH=wasm go build -tags purewasm -buildmode=c-shared -trimpath -o build/algorithms/logreg-purewasm.wasm ./algorithms/logreg
var pureModule = sync.OnceValues(func() ([]byte, error) {
	dir, err := os.MkdirTemp("", "dml-logreg-pure-")
	if err != nil {
		return nil, err
	}
	out := filepath.Join(dir, "logreg-purewasm.wasm")
	cmd := exec.Command("go", "build", "-tags", "purewasm", "-buildmode=c-shared", "-trimpath", "-o", out, ".")
	cmd.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("build logreg -tags purewasm: %v\n%s", err, stderr.String())
	}
	return os.ReadFile(out)
})

// moduleJob is a job on a Fashion-MNIST split, with logreg's manifest.
func moduleJob(tb testing.TB, s fashionmnist.Set, params string) *engine.Job {
	tb.Helper()
	m, err := manifest.Load("manifest.yaml")
	if err != nil {
		tb.Fatal(err)
	}
	x, y := fashionTensors(s)
	return &engine.Job{Manifest: m, Inputs: []abi.Tensor{x, y}, Params: []byte(params)}
}

// runJob runs job on module and demands status ok.
func runJob(tb testing.TB, kind engine.Kind, module []byte, job *engine.Job) *engine.Result {
	tb.Helper()
	return testrun.OK(tb, kind, module, job)
}

// runModule runs module on a split (moduleJob, runJob).
func runModule(tb testing.TB, module []byte, s fashionmnist.Set, params string, kind engine.Kind) *engine.Result {
	tb.Helper()
	return runJob(tb, kind, module, moduleJob(tb, s, params))
}

func outputFloat64(tb testing.TB, res *engine.Result, name string) []float64 {
	tb.Helper()
	for _, t := range res.OutputTensors {
		if t.Name == name {
			return t.Float64s()
		}
	}
	tb.Fatalf("no output %q", name)
	return nil
}

// The module, on host BLAS, learns the subset as the native build does.
func TestModuleFashionSubset(t *testing.T) {
	train, test, err := fashionmnist.Load(fashionmnist.SubsetDir())
	if err != nil {
		t.Fatal(err)
	}
	params := fmt.Sprintf(fashionParams, 30)
	res := runModule(t, testmod.AlgorithmBytes(t, "logreg"), train, params, engine.Compiler)
	acc := testAccuracy(outputFloat64(t, res, "W"), outputFloat64(t, res, "b"), test)
	t.Logf("module: training accuracy %.4f, test accuracy %.4f, gas %d, %.0f ms", outputFloat64(t, res, "accuracy")[0], acc, res.GasUsed, res.WallMS)
	if acc < 0.72 {
		t.Errorf("test accuracy %.4f, want >= 0.72", acc)
	}
}

// Compiler and interpreter give the same bits and gas (on 200 images: the
// interpreter is slow).
func TestModuleEnginesAgree(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: compiling for the interpreter takes a while")
	}
	train, _, err := fashionmnist.Load(fashionmnist.SubsetDir())
	if err != nil {
		t.Fatal(err)
	}
	train = fashionmnist.Set{N: 200, X: train.X[:200*fashionmnist.Pixels], Labels: train.Labels[:200]}
	params := fmt.Sprintf(fashionParams, 2)
	module := testmod.AlgorithmBytes(t, "logreg")
	comp := runModule(t, module, train, params, engine.Compiler)
	interp := runModule(t, module, train, params, engine.Interpreter)
	if interp.ResultHash != comp.ResultHash || interp.GasUsed != comp.GasUsed {
		t.Errorf("engines differ: compiler %s gas %d, interpreter %s gas %d", comp.ResultHash, comp.GasUsed, interp.ResultHash, interp.GasUsed)
	}
}

// On the full data set through the module: ≥ 80% test accuracy in 3 epochs.
func TestModuleFashionFull(t *testing.T) {
	if !fashionmnist.Installed() {
		t.Skipf("Fashion-MNIST is not installed in %s (apt-get install dataset-fashion-mnist)", fashionmnist.DebianDir)
	}
	if testing.Short() {
		t.Skip("-short: the full data set takes a few seconds")
	}
	train, test, err := fashionmnist.Load(fashionmnist.DebianDir)
	if err != nil {
		t.Fatal(err)
	}
	res := runModule(t, testmod.AlgorithmBytes(t, "logreg"), train, fmt.Sprintf(fashionParams, 3), engine.Compiler)
	acc := testAccuracy(outputFloat64(t, res, "W"), outputFloat64(t, res, "b"), test)
	t.Logf("module: training accuracy %.4f, test accuracy %.4f, gas %d, %.0f ms", outputFloat64(t, res, "accuracy")[0], acc, res.GasUsed, res.WallMS)
	if acc < 0.80 {
		t.Errorf("test accuracy %.4f, want >= 0.80", acc)
	}
}
