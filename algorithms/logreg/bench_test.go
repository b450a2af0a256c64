package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/internal/fashionmnist"
	"github.com/decentralized-ml/dml/internal/tensorfile"
	"github.com/decentralized-ml/dml/internal/testmod"
	"github.com/decentralized-ml/dml/runtime"
	dml "github.com/decentralized-ml/dml/sdk-guest/go"
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

// epochParams is one epoch of the benchmark.
const epochParams = `{"classes": 10, "epochs": 1, "lr": 0.1, "batch": 100, "seed": 1}`

var fullTrain = sync.OnceValues(func() (fashionmnist.Set, error) {
	train, _, err := fashionmnist.Load(fashionmnist.DebianDir)
	return train, err
})

func benchData(b *testing.B) fashionmnist.Set {
	if !fashionmnist.Installed() {
		b.Skipf("the benchmark trains on all 60,000 Fashion-MNIST images: apt-get install dataset-fashion-mnist")
	}
	s, err := fullTrain()
	if err != nil {
		b.Fatal(err)
	}
	return s
}

// BenchmarkLogregEpoch times one logreg job of one epoch over 60,000×784
// (then the training loss and accuracy over all of it):
//   - hostblas: the module on the runtime, metered, BLAS by host calls;
//   - purewasm: the module built with -tags purewasm, metered, BLAS as Go
//     loops inside WebAssembly;
//   - native: the same Go code compiled natively, on gonum;
//   - v8: the purewasm module on node's WebAssembly (bench/v8.mjs),
//     unmetered; skipped without node.
//
// The runtime figures include reading the 376 MB input into the module.
func BenchmarkLogregEpoch(b *testing.B) {
	b.Run("hostblas", func(b *testing.B) {
		s := benchData(b)
		benchModule(b, testmod.AlgorithmBytes(b, "logreg"), s)
	})
	b.Run("purewasm", func(b *testing.B) {
		s := benchData(b)
		module, err := pureModule()
		if err != nil {
			b.Fatal(err)
		}
		benchModule(b, module, s)
	})
	b.Run("native", func(b *testing.B) {
		s := benchData(b)
		y := make([]int, s.N)
		for i, l := range s.Labels {
			y[i] = int(l)
		}
		var p params
		if err := json.Unmarshal([]byte(epochParams), &p); err != nil {
			b.Fatal(err)
		}
		for b.Loop() {
			m := &model{d: fashionmnist.Pixels, k: 10, W: make([]float64, fashionmnist.Pixels*10), b: make([]float64, 10)}
			fit(gonumBLAS, m, s.X, y, p)
			evaluate(gonumBLAS, m, s.X, y, p.L2)
		}
	})
	b.Run("v8", func(b *testing.B) {
		s := benchData(b)
		node, err := exec.LookPath("node")
		if err != nil {
			b.Skip("node is not installed: the V8 figure needs node 20 or later")
		}
		module, err := pureModule()
		if err != nil {
			b.Fatal(err)
		}
		dir := b.TempDir()
		x, y := fashionTensors(s)
		for name, t := range map[string]abi.Tensor{"X.npy": x, "y.npy": y} {
			if err := tensorfile.Save(filepath.Join(dir, name), t); err != nil {
				b.Fatal(err)
			}
		}
		wasm := filepath.Join(dir, "logreg-purewasm.wasm")
		if err := os.WriteFile(wasm, module, 0o644); err != nil {
			b.Fatal(err)
		}
		cmd := exec.Command(node, "bench/v8.mjs", "--runs", fmt.Sprint(b.N), wasm,
			"X="+filepath.Join(dir, "X.npy"), "y="+filepath.Join(dir, "y.npy"), epochParams)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			b.Fatalf("node bench/v8.mjs: %v\n%s", err, stderr.String())
		}
		var out struct {
			MS     []float64 `json:"ms"`
			Status int       `json:"status"`
		}
		if err := json.Unmarshal(stdout.Bytes(), &out); err != nil || out.Status != 0 || len(out.MS) == 0 {
			b.Fatalf("node bench/v8.mjs: %v, output %s\n%s", err, stdout.String(), stderr.String())
		}
		total := 0.0
		for _, ms := range out.MS {
			total += ms
		}
		b.ReportMetric(total*1e6/float64(len(out.MS)), "ns/op")
	})
}

// benchModule times runs of module on s; wall-ms/op is the runtime's own
// wall_ms (load, instantiate, copy the inputs in, run), without the
// benchmark's hashing of results and inputs.
func benchModule(b *testing.B, module []byte, s fashionmnist.Set) {
	job := moduleJob(b, module, s, epochParams, runtime.Compiler)
	runJob(b, job) // compiles, and checks it runs
	wall := 0.0
	for b.Loop() {
		wall += runJob(b, job).WallMS
	}
	b.ReportMetric(wall/float64(b.N), "wall-ms/op")
}
