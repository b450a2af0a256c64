// Command kmeans is the reference k-means of DML: Lloyd's algorithm on
// inputs X (n×d) from model centroids C (k×d), or from a k-means++ choice
// seeded by params.seed. Rows are scored against the centroids with host
// Dgemm. It emits the new centroids, the inertia and the cluster sizes,
// and as its weight delta the per-cluster sums and counts of the last
// assignment, which make federated averaging exact (README.md). lloyd.go
// fixes its arithmetic. Build:
//
//	GOOS=wasip1 GOARCH=wasm go build -buildmode=c-shared -trimpath -o build/algorithms/kmeans.wasm ./algorithms/kmeans
//
// With -tags purewasm the same code runs its BLAS as Go loops inside the
// module (no host BLAS), for comparison.
package main

import (
	"errors"
	"fmt"

	"github.com/decentralized-ml/dml/abi"
	dml "github.com/decentralized-ml/dml/sdk-guest/go"
)

// Codes dml_run returns (1 and 2 are the SDK's: other error, panic).
const (
	codeParams int32 = 3 // params out of range or not JSON, or k unknown
	codeShape  int32 = 4 // inputs or model of inconsistent shapes, or k > n without a model
)

var errShape = errors.New("invalid shape")

func init() { dml.Register(run) }

func main() {}

func run() error {
	p, err := loadParams()
	if err != nil {
		return dml.Code(codeParams, err)
	}
	x, xShape, err := dml.InputFloat64("X")
	if err != nil {
		return err
	}
	if len(xShape) != 2 || xShape[0] < 1 || xShape[1] < 1 {
		return dml.Code(codeShape, fmt.Errorf("kmeans: X has shape %v: want [n, d] with n, d >= 1: %w", xShape, errShape))
	}
	n, d := int(xShape[0]), int(xShape[1])
	c0, err := loadCentroids(x, n, d, p)
	if err != nil {
		return err
	}
	k := len(c0) / d

	r := lloyd(sdkBLAS, x, d, c0, p.Iters)
	dml.Logf(abi.LogInfo, "kmeans: n=%d d=%d k=%d iters=%d (of %d) inertia=%.6g", n, d, k, r.iters, p.Iters, r.inertia)

	cShape, kShape := []int64{int64(k), int64(d)}, []int64{int64(k)}
	for _, e := range []func() error{
		func() error { return dml.EmitOutput("C", cShape, r.C) },
		func() error { return dml.EmitOutput("inertia", []int64{1}, []float64{r.inertia}) },
		func() error { return dml.EmitOutput("counts", kShape, r.counts) },
		func() error { return dml.EmitDelta("sums", cShape, r.sums) },
		func() error { return dml.EmitDelta("counts", kShape, r.counts) },
	} {
		if err := e(); err != nil {
			return err
		}
	}
	return nil
}

// loadCentroids reads model C (k×d, agreeing with params k when set), or
// picks k rows of x by k-means++ seeded with params.seed.
func loadCentroids(x []float64, n, d int, p params) ([]float64, error) {
	if dml.HasModel("C") {
		c, shape, err := dml.ModelFloat64("C")
		if err != nil {
			return nil, err
		}
		if len(shape) != 2 || int(shape[1]) != d || shape[0] < 1 || (p.K != 0 && int(shape[0]) != p.K) {
			want := "k >= 1"
			if p.K != 0 {
				want = fmt.Sprintf("k = params k (%d)", p.K)
			}
			return nil, dml.Code(codeShape, fmt.Errorf("kmeans: model C has shape %v: want [k, %d], d = columns of X, %s: %w", shape, d, want, errShape))
		}
		return c, nil
	}
	switch {
	case p.K == 0:
		return nil, dml.Code(codeParams, fmt.Errorf("kmeans: the number of clusters is unknown: set params {\"k\": k} or pass model C: %w", errParams))
	case p.K > n:
		return nil, dml.Code(codeShape, fmt.Errorf("kmeans: k = %d but X has %d rows: k-means++ picks k rows, so give k <= n, or pass model C: %w", p.K, n, errShape))
	}
	g := lcg{x: p.Seed}
	return kmeanspp(sdkBLAS, x, d, p.K, &g), nil
}
