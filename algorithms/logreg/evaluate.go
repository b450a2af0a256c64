package main

import (
	"math"

	dml "github.com/decentralized-ml/dml/sdk-guest/go"
)

// exp and log are package math's, named here as the only transcendental
// functions logreg uses (pure Go in the module, so the same bits on every
// host).
var (
	exp = math.Exp
	log = math.Log
)

// metrics are the model's quality on a data set.
type metrics struct {
	Loss     float64 // mean cross-entropy + λ/2·‖W‖²
	Accuracy float64 // fraction of rows whose largest logit is the label's
}

// evaluate scores m on x (n×m.d) and labels y with one Dgemm Z = X·W, then
// row by row (i ascending, j ascending): z_j = Z[i][j] + b[j], m = max_j z_j,
// ce_i = log(Σ_j exp(z_j − m)) − (z_y − m); predicted class = the first j
// with z_j = m. Loss = (Σ_i ce_i)/n + (l2/2)·Σ W[i][j]² (row-major order);
// accuracy = correct/n. With n = 0 both are 0.
func evaluate(ops kernels, m *model, x []float64, y []int, l2 float64) metrics {
	n, k := len(y), m.k
	if n == 0 {
		return metrics{}
	}
	z := make([]float64, n*k)
	ops.gemm(dml.NoTrans, dml.NoTrans, 1, dml.General{Rows: n, Cols: m.d, Stride: m.d, Data: x[:n*m.d]},
		dml.General{Rows: m.d, Cols: k, Stride: k, Data: m.W}, 0, dml.General{Rows: n, Cols: k, Stride: k, Data: z})
	ce, correct := 0.0, 0
	for i := range n {
		row := z[i*k : i*k+k]
		mx, arg := row[0]+m.b[0], 0
		for j := range row {
			row[j] += m.b[j]
			if row[j] > mx {
				mx, arg = row[j], j
			}
		}
		t := 0.0
		for _, v := range row {
			t += exp(v - mx)
		}
		ce += log(t) - (row[y[i]] - mx)
		if arg == y[i] {
			correct++
		}
	}
	reg := 0.0
	for _, v := range m.W {
		reg += float64(v * v)
	}
	return metrics{
		Loss:     ce/float64(n) + float64(float64(l2/2)*reg),
		Accuracy: float64(correct) / float64(n),
	}
}
