package main

import (
	"math"

	dml "github.com/decentralized-ml/dml/sdk-guest/go"
)

// exp and log are package math's, named here as the only transcendental
// functions mlp uses (pure Go in the module, so the same bits on every
// host).
var (
	exp = math.Exp
	log = math.Log
)

// evalRows is how many rows evaluate pushes through the network at once:
// it bounds the memory of the activations, and no result depends on it.
const evalRows = 1000

// metrics are the model's quality on a data set.
type metrics struct {
	Loss     float64 // mean cross-entropy + λ/2·(‖W1‖² + ‖W2‖²)
	Accuracy float64 // fraction of rows whose largest logit is the label's
}

// evaluate scores m on x (n×m.d) and labels y. Rows go through forward
// (sgd.go) in blocks of evalRows; then row by row (i ascending, j
// ascending): z_j = Z[i][j] + b2[j], m = max_j z_j,
// ce_i = log(Σ_j exp(z_j − m)) − (z_y − m); predicted class = the first j
// with z_j = m. Loss = (Σ_i ce_i)/n + (l2/2)·(Σ W1[i][j]² + Σ W2[i][j]²),
// each sum in row-major order, W1's before W2's; accuracy = correct/n. With
// n = 0 both are 0.
func evaluate(ops kernels, m *model, x []float64, y []int, l2 float64) metrics {
	n, d, h, k := len(y), m.d, m.h, m.k
	if n == 0 {
		return metrics{}
	}
	rows := min(n, evalRows)
	hb, z := make([]float64, rows*h), make([]float64, rows*k)
	ce, correct := 0.0, 0
	for s := 0; s < n; s += rows {
		bs := min(rows, n-s)
		forward(ops, m, dml.General{Rows: bs, Cols: d, Stride: d, Data: x[s*d : (s+bs)*d]},
			dml.General{Rows: bs, Cols: h, Stride: h, Data: hb[:bs*h]},
			dml.General{Rows: bs, Cols: k, Stride: k, Data: z[:bs*k]})
		for r := range bs {
			row := z[r*k : r*k+k]
			mx, arg := row[0]+m.b2[0], 0
			for j := range row {
				row[j] += m.b2[j]
				if row[j] > mx {
					mx, arg = row[j], j
				}
			}
			t := 0.0
			for _, v := range row {
				t += exp(v - mx)
			}
			ce += log(t) - (row[y[s+r]] - mx)
			if arg == y[s+r] {
				correct++
			}
		}
	}
	reg := 0.0
	for _, w := range [][]float64{m.W1, m.W2} {
		for _, v := range w {
			reg += float64(v * v)
		}
	}
	return metrics{
		Loss:     ce/float64(n) + float64(float64(l2/2)*reg),
		Accuracy: float64(correct) / float64(n),
	}
}
