package main

import (
	"fmt"
	"testing"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/engine"
	"github.com/decentralized-ml/dml/internal/fashionmnist"
	"github.com/decentralized-ml/dml/internal/testmod"
	"github.com/decentralized-ml/dml/internal/testrun"
	"github.com/decentralized-ml/dml/manifest"
)

// runModule runs the mlp module on a Fashion-MNIST split with mlp's
// manifest through the runtime, and demands status ok.
func runModule(tb testing.TB, s fashionmnist.Set, params string, kind engine.Kind) *engine.Result {
	tb.Helper()
	m, err := manifest.Load("manifest.yaml")
	if err != nil {
		tb.Fatal(err)
	}
	x, y := fashionTensors(s)
	job := &engine.Job{Manifest: m, Inputs: []abi.Tensor{x, y}, Params: []byte(params)}
	return testrun.OK(tb, kind, testmod.AlgorithmBytes(tb, "mlp"), job)
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

func moduleWeights(tb testing.TB, res *engine.Result) [4][]float64 {
	tb.Helper()
	return [4][]float64{outputFloat64(tb, res, "W1"), outputFloat64(tb, res, "b1"), outputFloat64(tb, res, "W2"), outputFloat64(tb, res, "b2")}
}

// The module, on host BLAS, learns the subset as the native build does.
func TestModuleFashionSubset(t *testing.T) {
	train, test, err := fashionmnist.Load(fashionmnist.SubsetDir())
	if err != nil {
		t.Fatal(err)
	}
	res := runModule(t, train, fmt.Sprintf(fashionParams, subsetHidden, subsetEpochs), engine.Compiler)
	acc := testAccuracy(moduleWeights(t, res), test)
	t.Logf("module: training accuracy %.4f, test accuracy %.4f, gas %d, %.0f ms", outputFloat64(t, res, "accuracy")[0], acc, res.GasUsed, res.WallMS)
	if acc < 0.78 {
		t.Errorf("test accuracy %.4f, want >= 0.78", acc)
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
	params := fmt.Sprintf(fashionParams, subsetHidden, 2)
	comp := runModule(t, train, params, engine.Compiler)
	interp := runModule(t, train, params, engine.Interpreter)
	t.Logf("compiler %s gas %d %.0f ms; interpreter %s gas %d %.0f ms", comp.ResultHash, comp.GasUsed, comp.WallMS, interp.ResultHash, interp.GasUsed, interp.WallMS)
	if interp.ResultHash != comp.ResultHash || interp.GasUsed != comp.GasUsed {
		t.Errorf("engines differ: compiler %s gas %d, interpreter %s gas %d", comp.ResultHash, comp.GasUsed, interp.ResultHash, interp.GasUsed)
	}
}

// On the full data set through the module: ≥ 85% test accuracy in
// fullEpochs epochs.
func TestModuleFashionFull(t *testing.T) {
	if !fashionmnist.Installed() {
		t.Skipf("Fashion-MNIST is not installed in %s (apt-get install dataset-fashion-mnist)", fashionmnist.DebianDir)
	}
	if testing.Short() {
		t.Skip("-short: the full data set takes several seconds")
	}
	train, test, err := fashionmnist.Load(fashionmnist.DebianDir)
	if err != nil {
		t.Fatal(err)
	}
	res := runModule(t, train, fmt.Sprintf(fashionParams, fullHidden, fullEpochs), engine.Compiler)
	acc := testAccuracy(moduleWeights(t, res), test)
	t.Logf("module: training accuracy %.4f, test accuracy %.4f, gas %d, %.0f ms", outputFloat64(t, res, "accuracy")[0], acc, res.GasUsed, res.WallMS)
	if acc < 0.85 {
		t.Errorf("test accuracy %.4f, want >= 0.85", acc)
	}
}
