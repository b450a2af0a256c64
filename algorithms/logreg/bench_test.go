package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/engine"
	"github.com/decentralized-ml/dml/internal/fashionmnist"
	"github.com/decentralized-ml/dml/internal/testmod"
	dml "github.com/decentralized-ml/dml/sdk-guest/go"
	"github.com/decentralized-ml/dml/tensorfile"
)

// gonumBLAS runs logreg's BLAS on gonum natively: the "same algorithm
// written natively in Go" of the benchmarks is this package's own fit and
// evaluate, compiled natively, on these kernels.
var gonumBLAS = kernels{
	gemm: func(tA, tB dml.Transpose, alpha float64, a, b dml.General, beta float64, c dml.General) {
		blas64.Gemm(gonumTrans(tA), gonumTrans(tB), alpha, gonumGeneral(a), gonumGeneral(b), beta, gonumGeneral(c))
	},
	copy: func(x, y dml.Vector) {
		blas64.Copy(blas64.Vector{N: x.N, Inc: x.Inc, Data: x.Data}, blas64.Vector{N: y.N, Inc: y.Inc, Data: y.Data})
	},
}

func gonumGeneral(a dml.General) blas64.General {
	return blas64.General{Rows: a.Rows, Cols: a.Cols, Stride: a.Stride, Data: a.Data}
}

func gonumTrans(t dml.Transpose) blas.Transpose {
	if t == dml.Trans {
		return blas.Trans
	}
	return blas.NoTrans
}

// The gonum twin computes what the SDK's BLAS computes (up to rounding).
func TestGonumTwinAgrees(t *testing.T) {
	x, y := blobs(3, 20)
	p := params{Epochs: 5, LR: 0.5, Batch: 7, L2: 1e-3, Seed: 3}
	m1 := &model{d: 2, k: 3, W: make([]float64, 6), b: make([]float64, 3)}
	m2 := &model{d: 2, k: 3, W: make([]float64, 6), b: make([]float64, 3)}
	fit(sdkBLAS, m1, x, y, p)
	fit(gonumBLAS, m2, x, y, p)
	for i := range m1.W {
		if d := m1.W[i] - m2.W[i]; d > 1e-12 || d < -1e-12 {
			t.Fatalf("W[%d]: SDK %v, gonum %v", i, m1.W[i], m2.W[i])
		}
	}
}

// The epoch benchmark's settings, as test flags (after -args):
//
//	go test -run '^$' -bench LogregEpoch ./algorithms/logreg -args -logreg.reps 5
var (
	benchReps     = flag.Int("logreg.reps", 3, "BenchmarkLogregEpoch: repetitions of each job (medians are taken)")
	benchRows     = flag.Int("logreg.rows", 60000, "BenchmarkLogregEpoch: training rows of Fashion-MNIST used (≤ 60000)")
	benchPureWasm = flag.String("logreg.purewasm", "", "BenchmarkLogregEpoch: the -tags purewasm module (default: built into a temporary directory)")
)

// benchEpochs is E: every variant runs jobs of E and E+2 epochs.
const benchEpochs = 0

// epochParams is a job of the benchmark with the given number of epochs.
func epochParams(epochs int) string {
	return fmt.Sprintf(`{"classes": 10, "epochs": %d, "lr": 0.1, "batch": 100, "seed": 1}`, epochs)
}

var fullTrain = sync.OnceValues(func() (fashionmnist.Set, error) {
	train, _, err := fashionmnist.Load(fashionmnist.DebianDir)
	return train, err
})

// benchData is the first -logreg.rows training images of Fashion-MNIST.
func benchData(b *testing.B) fashionmnist.Set {
	if !fashionmnist.Installed() {
		b.Skipf("the benchmark trains on Fashion-MNIST: apt-get install dataset-fashion-mnist")
	}
	s, err := fullTrain()
	if err != nil {
		b.Fatal(err)
	}
	n := min(max(*benchRows, 1), s.N)
	return fashionmnist.Set{N: n, X: s.X[:n*fashionmnist.Pixels], Labels: s.Labels[:n]}
}

// epochTimer runs one job of the given number of epochs and returns the
// milliseconds it took; reps times each when it measures its own runs.
type epochTimer func(b *testing.B, epochs, reps int) []float64

// BenchmarkLogregEpoch measures what one epoch of logreg costs on
// Fashion-MNIST (-logreg.rows images, batch 100), side by side:
//   - hostblas: the module on the runtime, metered, BLAS by host calls;
//   - purewasm: the module built with -tags purewasm, metered, the SDK's BLAS
//     as Go loops inside WebAssembly;
//   - native: this package's fit and evaluate compiled natively, on gonum;
//   - v8: the purewasm module on node's WebAssembly (bench/v8.mjs),
//     unmetered; skipped without node.
//
// A whole job is dominated by fixed costs (copying the 376 MB input into
// the module, the final scoring pass), so each variant runs jobs of E and
// E+2 epochs, -logreg.reps times each, interleaved, and reports the
// marginal cost of an epoch, (median(E+2) − median(E))/2, as ns/op and
// ms/epoch. The ratios sub-benchmark reports the comparisons from
// the same run: hostblas-vs-native (goal ≤ 1.2), purewasm-vs-hostblas
// (goal ≥ 20), v8-vs-hostblas (goal ≥ 10).
func BenchmarkLogregEpoch(b *testing.B) {
	variants := []struct {
		name  string
		timer epochTimer
	}{
		{"hostblas", func(b *testing.B, epochs, reps int) []float64 {
			return timeModule(b, testmod.AlgorithmBytes(b, "logreg"), epochs, reps)
		}},
		{"native", timeNative},
		{"purewasm", func(b *testing.B, epochs, reps int) []float64 {
			return timeModule(b, benchPureModule(b), epochs, reps)
		}},
		{"v8", timeV8},
	}
	epochMS := map[string]float64{}
	for _, v := range variants {
		b.Run(v.name, func(b *testing.B) {
			reps := max(*benchReps, 1)
			var ms float64
			for b.Loop() {
				var short, long []float64
				if v.name == "v8" {
					// One node process per job size, each timing its own runs.
					short, long = v.timer(b, benchEpochs, reps), v.timer(b, benchEpochs+2, reps)
				} else {
					for range reps {
						short = append(short, v.timer(b, benchEpochs, 1)...)
						long = append(long, v.timer(b, benchEpochs+2, 1)...)
					}
				}
				ms = (median(long) - median(short)) / 2
				b.Logf("%s: %d+2 epochs %.0f ms, %d epochs %.0f ms (medians of %d): %.1f ms/epoch",
					v.name, benchEpochs, median(long), benchEpochs, median(short), reps, ms)
			}
			epochMS[v.name] = ms
			b.ReportMetric(ms*1e6, "ns/op")
			b.ReportMetric(ms, "ms/epoch")
		})
	}
	b.Run("ratios", func(b *testing.B) {
		for b.Loop() {
		}
		host := epochMS["hostblas"]
		if host <= 0 {
			b.Skip("no hostblas figure")
		}
		for _, r := range []struct{ unit, num, den string }{
			{"hostblas-vs-native", "hostblas", "native"},
			{"purewasm-vs-hostblas", "purewasm", "hostblas"},
			{"v8-vs-hostblas", "v8", "hostblas"},
		} {
			if num, den := epochMS[r.num], epochMS[r.den]; num > 0 && den > 0 {
				b.ReportMetric(num/den, r.unit)
			}
		}
	})
}

// median of xs (not empty); xs is sorted in place.
func median(xs []float64) float64 {
	slices.Sort(xs)
	n := len(xs)
	if n%2 == 1 {
		return xs[n/2]
	}
	return (xs[n/2-1] + xs[n/2]) / 2
}

// timeModule runs module on the benchmark's data, reps times, and returns
// the runtime's wall_ms of each run (load, instantiate, copy the inputs in,
// run), without the hashing of inputs and results around it.
func timeModule(b *testing.B, module []byte, epochs, reps int) []float64 {
	job := benchJob(b, module, epochs)
	ms := make([]float64, reps)
	for i := range ms {
		ms[i] = runJob(b, engine.Compiler, module, job).WallMS
	}
	return ms
}

// benchJobs caches the jobs (and their 376 MB input tensors) by module and
// epoch count.
var benchJobs = map[string]*engine.Job{}

func benchJob(b *testing.B, module []byte, epochs int) *engine.Job {
	key := fmt.Sprintf("%x/%d", sha256.Sum256(module), epochs)
	if job, ok := benchJobs[key]; ok {
		return job
	}
	job := moduleJob(b, benchData(b), epochParams(epochs))
	runJob(b, engine.Compiler, module, job) // compiles, and checks it runs
	benchJobs[key] = job
	return job
}

// timeNative runs fit and evaluate natively on gonum, reps times.
func timeNative(b *testing.B, epochs, reps int) []float64 {
	s := benchData(b)
	y := make([]int, s.N)
	for i, l := range s.Labels {
		y[i] = int(l)
	}
	var p params
	if err := json.Unmarshal([]byte(epochParams(epochs)), &p); err != nil {
		b.Fatal(err)
	}
	ms := make([]float64, reps)
	for i := range ms {
		start := time.Now()
		m := &model{d: fashionmnist.Pixels, k: 10, W: make([]float64, fashionmnist.Pixels*10), b: make([]float64, 10)}
		fit(gonumBLAS, m, s.X, y, p)
		evaluate(gonumBLAS, m, s.X, y, p.L2)
		ms[i] = float64(time.Since(start).Microseconds()) / 1000
	}
	return ms
}

// benchPureModule is -logreg.purewasm's module, or pureModule's build.
func benchPureModule(b *testing.B) []byte {
	if *benchPureWasm != "" {
		module, err := os.ReadFile(*benchPureWasm)
		if err != nil {
			b.Fatalf("-logreg.purewasm: %v (build it with `make build/algorithms/logreg-purewasm.wasm`)", err)
		}
		return module
	}
	module, err := pureModule()
	if err != nil {
		b.Fatal(err)
	}
	return module
}

// v8Files are the purewasm module and the benchmark's inputs as files for
// node, written once per benchmark process.
var v8Files = sync.OnceValues(func() (string, error) {
	return os.MkdirTemp("", "dml-logreg-v8-")
})

// timeV8 runs the purewasm module reps times in one node process
// (bench/v8.mjs) and returns node's timing of each run (instantiate, copy
// the inputs in, run).
func timeV8(b *testing.B, epochs, reps int) []float64 {
	node, err := exec.LookPath("node")
	if err != nil {
		b.Skip("node is not installed: the V8 figure needs node 20 or later")
	}
	dir, err := v8Files()
	if err != nil {
		b.Fatal(err)
	}
	wasm := filepath.Join(dir, "logreg-purewasm.wasm")
	if _, err := os.Stat(wasm); err != nil {
		x, y := fashionTensors(benchData(b))
		for name, t := range map[string]abi.Tensor{"X.npy": x, "y.npy": y} {
			if err := tensorfile.Save(filepath.Join(dir, name), t); err != nil {
				b.Fatal(err)
			}
		}
		if err := os.WriteFile(wasm, benchPureModule(b), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	cmd := exec.Command(node, "bench/v8.mjs", "--runs", fmt.Sprint(reps), wasm,
		"X="+filepath.Join(dir, "X.npy"), "y="+filepath.Join(dir, "y.npy"), epochParams(epochs))
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		b.Fatalf("node bench/v8.mjs: %v\n%s", err, stderr.String())
	}
	var out struct {
		MS     []float64 `json:"ms"`
		Status int       `json:"status"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil || out.Status != 0 || len(out.MS) != reps {
		b.Fatalf("node bench/v8.mjs: %v, output %s\n%s", err, stdout.String(), stderr.String())
	}
	return out.MS
}
