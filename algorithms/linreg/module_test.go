package main

import (
	"math"
	"testing"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/engine"
	"github.com/decentralized-ml/dml/internal/testmod"
	"github.com/decentralized-ml/dml/internal/testrun"
	"github.com/decentralized-ml/dml/manifest"
	"github.com/decentralized-ml/dml/tensorfile"
)

// moduleResultHash is the result hash of the module (built as `make
// algorithms` does) on testdata with the manifest and the default params, on
// both engines, with the strict host BLAS: `dmlrun run
// build/algorithms/linreg.wasm --manifest algorithms/linreg/manifest.yaml
// --input X=algorithms/linreg/testdata/X.csv --input y=algorithms/linreg/testdata/y.csv`.
// It changes only when gd.go's calls, the SDK or the strict backend change.
const moduleResultHash = "9b200a382b89ad1ef3046b003784d3bc91749559b527883bea7fe5efd9ca197a"

// sampleJob is a job on testdata with the manifest and params.
func sampleJob(t *testing.T, params string) *engine.Job {
	t.Helper()
	m, err := manifest.Load("manifest.yaml")
	if err != nil {
		t.Fatal(err)
	}
	x, err := tensorfile.Load("testdata/X.csv", "X", abi.F64, 2)
	if err != nil {
		t.Fatal(err)
	}
	y, err := tensorfile.Load("testdata/y.csv", "y", abi.F64, 1)
	if err != nil {
		t.Fatal(err)
	}
	return &engine.Job{Manifest: m, Inputs: []abi.Tensor{x, y}, Params: []byte(params)}
}

// The module pins its bits on both engines, and computes what the native
// build computes up to the last bits (the SDK's native BLAS sums in another
// order than the strict host backend).
func TestModuleResultHash(t *testing.T) {
	x, _, d := readCSV(t, "testdata/X.csv")
	y, _, _ := readCSV(t, "testdata/y.csv")
	wantW, wantLoss := fit(x, y, make([]float64, d), defaultParams.Epochs, defaultParams.LR)
	for _, kind := range []engine.Kind{engine.Compiler, engine.Interpreter} {
		res := testrun.OK(t, kind, testmod.AlgorithmBytes(t, "linreg"), sampleJob(t, ""))
		if res.ResultHash != moduleResultHash {
			t.Errorf("%s: result hash %s, want %s", kind, res.ResultHash, moduleResultHash)
		}
		for _, o := range res.OutputTensors {
			want := wantW
			if o.Name == "loss" {
				want = []float64{wantLoss}
			}
			got := o.Float64s()
			for i := range want {
				if math.Abs(got[i]-want[i]) > 1e-13*math.Abs(want[i]) {
					t.Errorf("%s: %s[%d] = %.17g, native %.17g", kind, o.Name, i, got[i], want[i])
				}
			}
		}
	}
}
