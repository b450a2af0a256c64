package main

import (
	"testing"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"

	dml "github.com/decentralized-ml/dml/sdk-guest/go"
)

// gonumBLAS runs mlp's BLAS on gonum natively (assembly on amd64): the
// full-data accuracy test trains with it, since the SDK's native fallback
// (naive loops) would take minutes. The module tests run the real path.
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
	x, y := xorBlobs(4, 20)
	p := params{Epochs: 5, LR: 0.3, Batch: 7, Hidden: 6, L2: 1e-3, Seed: 3}
	run := func(ops kernels) *model {
		g := lcg{x: p.Seed}
		m := newModel(2, p.Hidden, 4)
		heInit(m, &g)
		fit(ops, m, x, y, &g, p)
		return m
	}
	m1, m2 := run(sdkBLAS), run(gonumBLAS)
	for _, pair := range [][2][]float64{{m1.W1, m2.W1}, {m1.b1, m2.b1}, {m1.W2, m2.W2}, {m1.b2, m2.b2}} {
		for i := range pair[0] {
			if d := pair[0][i] - pair[1][i]; d > 1e-12 || d < -1e-12 {
				t.Fatalf("weight %d: SDK %v, gonum %v", i, pair[0][i], pair[1][i])
			}
		}
	}
}
