package main

import (
	"math"
	"testing"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/engine"
	"github.com/decentralized-ml/dml/internal/fashionmnist"
	"github.com/decentralized-ml/dml/internal/testmod"
	"github.com/decentralized-ml/dml/internal/testrun"
	"github.com/decentralized-ml/dml/manifest"
)

// runModule runs the kmeans module on x (n×d) with model C (nil: none)
// through the runtime with kmeans's manifest, and demands status ok.
func runModule(tb testing.TB, x []float64, d int, c []float64, params string, kind engine.Kind) *engine.Result {
	tb.Helper()
	m, err := manifest.Load("manifest.yaml")
	if err != nil {
		tb.Fatal(err)
	}
	job := &engine.Job{Manifest: m, Params: []byte(params),
		Inputs: []abi.Tensor{abi.FromFloat64s("X", []int64{int64(len(x) / d), int64(d)}, x)}}
	if c != nil {
		job.Models = []abi.Tensor{abi.FromFloat64s("C", []int64{int64(len(c) / d), int64(d)}, c)}
	}
	return testrun.OK(tb, kind, testmod.AlgorithmBytes(tb, "kmeans"), job)
}

func tensor(tb testing.TB, list []abi.Tensor, name string) []float64 {
	tb.Helper()
	for _, t := range list {
		if t.Name == name {
			return t.Float64s()
		}
	}
	tb.Fatalf("no tensor %q", name)
	return nil
}

// pixels256 is s's images with each pixel as byte/256 (fashionmnist gives
// byte/255): a grid of 2⁻⁸, on which every sum of pixels is exact.
func pixels256(s fashionmnist.Set) []float64 {
	x := make([]float64, len(s.X))
	for i, v := range s.X {
		x[i] = math.Round(v*255) / 256
	}
	return x
}

// A federated round through the real module: the control-group shard (the
// test split) gives C by k-means++ and Lloyd; 3 devices hold uneven parts
// of the training split and run one step each from C; Σ sums / Σ counts is
// bit for bit the centroids of one step on all their data in one job, and
// the counts are equal.
func TestModuleFederatedRoundIsExact(t *testing.T) {
	train, test, err := fashionmnist.Load(fashionmnist.SubsetDir())
	if err != nil {
		t.Fatal(err)
	}
	const d, k = fashionmnist.Pixels, 10
	shard := runModule(t, pixels256(test), d, nil, `{"k": 10, "iters": 5, "seed": 1}`, engine.Compiler)
	c := tensor(t, shard.OutputTensors, "C")

	x := pixels256(train)
	all := runModule(t, x, d, c, `{"iters": 1}`, engine.Compiler)
	sums, counts := make([]float64, k*d), make([]float64, k)
	inertia := 0.0
	for _, part := range [][2]int{{0, 150}, {150, 450}, {450, train.N}} {
		res := runModule(t, x[part[0]*d:part[1]*d], d, c, `{"iters": 1}`, engine.Compiler)
		for i, v := range tensor(t, res.DeltaTensors, "sums") {
			sums[i] += v
		}
		for j, v := range tensor(t, res.DeltaTensors, "counts") {
			counts[j] += v
		}
		inertia += tensor(t, res.OutputTensors, "inertia")[0]
	}
	next := append([]float64(nil), c...)
	update(next, d, sums, counts)
	for j, v := range tensor(t, all.OutputTensors, "counts") {
		if counts[j] != v {
			t.Fatalf("counts[%d]: Σ devices %v, one job %v", j, counts[j], v)
		}
	}
	want := tensor(t, all.OutputTensors, "C")
	for i := range next {
		if math.Float64bits(next[i]) != math.Float64bits(want[i]) {
			t.Fatalf("C[%d]: federated %v, one job on all data %v", i, next[i], want[i])
		}
	}
	// The inertia adds up too, but C is off the grid, so it rounds: to 1e-12.
	if got := tensor(t, all.OutputTensors, "inertia")[0]; math.Abs(inertia-got) > 1e-12*got {
		t.Errorf("inertia: Σ devices %v, one job %v", inertia, got)
	}
	t.Logf("3 devices, one step from the shard's C: centroids bit for bit; counts %v; all-data job gas %d, %.0f ms", counts, all.GasUsed, all.WallMS)
}

// Compiler and interpreter give the same bits and gas, k-means++ included.
func TestModuleEnginesAgree(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: compiling for the interpreter takes a while")
	}
	train, _, err := fashionmnist.Load(fashionmnist.SubsetDir())
	if err != nil {
		t.Fatal(err)
	}
	x := train.X[:300*fashionmnist.Pixels]
	params := `{"k": 10, "iters": 3, "seed": 2}`
	comp := runModule(t, x, fashionmnist.Pixels, nil, params, engine.Compiler)
	interp := runModule(t, x, fashionmnist.Pixels, nil, params, engine.Interpreter)
	t.Logf("compiler %s gas %d %.0f ms; interpreter %s gas %d %.0f ms", comp.ResultHash, comp.GasUsed, comp.WallMS, interp.ResultHash, interp.GasUsed, interp.WallMS)
	if interp.ResultHash != comp.ResultHash || interp.GasUsed != comp.GasUsed {
		t.Errorf("engines differ: compiler %s gas %d, interpreter %s gas %d", comp.ResultHash, comp.GasUsed, interp.ResultHash, interp.GasUsed)
	}
}

// On all 60,000 training images: 10 clusters by the module, and how well
// they match the classes (purity: the share of images in their cluster's
// most common class).
func TestModuleFashionFull(t *testing.T) {
	if !fashionmnist.Installed() {
		t.Skipf("Fashion-MNIST is not installed in %s (apt-get install dataset-fashion-mnist)", fashionmnist.DebianDir)
	}
	if testing.Short() {
		t.Skip("-short: the full data set takes several seconds")
	}
	train, _, err := fashionmnist.Load(fashionmnist.DebianDir)
	if err != nil {
		t.Fatal(err)
	}
	const d = fashionmnist.Pixels
	res := runModule(t, train.X, d, nil, `{"k": 10, "iters": 10, "seed": 1}`, engine.Compiler)
	c := tensor(t, res.OutputTensors, "C")
	a := make([]int, train.N)
	assign(sdkBLAS, train.X, d, c, a)
	hist := make([][10]int, 10)
	for i, j := range a {
		hist[j][train.Labels[i]]++
	}
	pure := 0
	for _, h := range hist {
		pure += max(h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7], h[8], h[9])
	}
	purity := float64(pure) / float64(train.N)
	t.Logf("k = 10 on 60,000 images: purity %.4f, inertia %.6g, gas %d, %.0f ms", purity, tensor(t, res.OutputTensors, "inertia")[0], res.GasUsed, res.WallMS)
	if purity < 0.5 {
		t.Errorf("purity %.4f, want >= 0.5 (chance is 0.1)", purity)
	}
}
