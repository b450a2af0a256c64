package main

import dml "github.com/decentralized-ml/dml/sdk-guest/go"

// Arithmetic of logreg. All values are IEEE float64; every product is
// rounded before it is added (the float64(...) conversions forbid fused
// multiply-add). Matrices are row-major. The two Dgemm calls and the Dcopy
// gathers are the host's (their order of operations is the host's strict
// BLAS, recorded in the receipt's determinism class); the rest runs in the
// module, in this order:
//
//	W (d×k), b (k) = copies of the model, or zeros
//	perm = 0 .. n-1; g = lcg seeded with params.seed
//	repeat epochs times:
//	    g.shuffle(perm)                                   (shuffle.go)
//	    for s = 0, batch, 2·batch, … < n:   B = min(batch, n−s)
//	        Xb[r] = X[perm[s+r]]                          Dcopy, r = 0 .. B-1
//	        Z = Xb·W                                      Dgemm(N, N, 1, Xb, W, 0, Z)
//	        for each row r, j ascending:
//	            z_j = Z[r][j] + b[j];  m = max_j z_j
//	            e_j = exp(z_j − m);  t = Σ_j e_j
//	            G[r][j] = (e_j/t − [j = y_r]) / B         (in Z's place)
//	        gb[j] = Σ_r G[r][j]                           r ascending
//	        W = (1 − lr·λ)·W − lr·Xbᵀ·G                   Dgemm(T, N, −lr, Xb, G, 1−lr·λ, W)
//	        b[j] = b[j] − lr·gb[j]
//	evaluate W, b on all of X (evaluate.go): loss and accuracy

// model is the multinomial logistic regression P(y = j | x) = softmax(x·W + b)_j.
type model struct {
	d, k int
	W    []float64 // d×k, row-major
	b    []float64 // k
}

// kernels are the BLAS calls logreg uses. The algorithm takes the SDK's (host BLAS in
// the module); a native benchmark passes gonum's, to time the same code.
type kernels struct {
	gemm func(tA, tB dml.Transpose, alpha float64, a, b dml.General, beta float64, c dml.General)
	copy func(x, y dml.Vector)
}

// sdkBLAS is the SDK's BLAS: host calls in the module (pure-Go loops when
// built with -tags purewasm), the fake host natively.
var sdkBLAS = kernels{gemm: dml.Dgemm, copy: dml.Dcopy}

// fit trains m in place by mini-batch SGD on x (n×m.d, row-major) and labels
// y (each in 0 .. m.k-1), as specified at the top of this file.
func fit(ops kernels, m *model, x []float64, y []int, p params) {
	n, d, k := len(y), m.d, m.k
	batch := min(p.Batch, n)
	xb := make([]float64, batch*d)
	z := make([]float64, batch*k)
	gb := make([]float64, k)
	perm := make([]int, n)
	for i := range perm {
		perm[i] = i
	}
	g := lcg{x: p.Seed}
	w := dml.General{Rows: d, Cols: k, Stride: k, Data: m.W}
	decay := 1 - float64(p.LR*p.L2)
	for range p.Epochs {
		g.shuffle(perm)
		for s := 0; s < n; s += batch {
			bs := min(batch, n-s)
			for r := range bs {
				i := perm[s+r]
				ops.copy(dml.Vector{N: d, Inc: 1, Data: x[i*d : i*d+d]}, dml.Vector{N: d, Inc: 1, Data: xb[r*d : r*d+d]})
			}
			xbm := dml.General{Rows: bs, Cols: d, Stride: d, Data: xb[:bs*d]}
			zm := dml.General{Rows: bs, Cols: k, Stride: k, Data: z[:bs*k]}
			ops.gemm(dml.NoTrans, dml.NoTrans, 1, xbm, w, 0, zm)
			clear(gb)
			for r := range bs {
				row := z[r*k : r*k+k]
				softmaxGrad(row, m.b, y[perm[s+r]], float64(bs))
				for j, v := range row {
					gb[j] += v
				}
			}
			ops.gemm(dml.Trans, dml.NoTrans, -p.LR, xbm, zm, decay, w)
			for j := range m.b {
				m.b[j] -= float64(p.LR * gb[j])
			}
		}
	}
}

// softmaxGrad turns the logits row (x·W without b) into the gradient of
// the cross-entropy with respect to them, divided by bs:
// (softmax(row + b) − onehot(label)) / bs.
func softmaxGrad(row, b []float64, label int, bs float64) {
	mx := row[0] + b[0]
	for j := range row {
		row[j] += b[j]
		mx = max(mx, row[j])
	}
	t := 0.0
	for j, v := range row {
		row[j] = exp(v - mx)
		t += row[j]
	}
	for j, e := range row {
		p := e / t
		if j == label {
			p -= 1
		}
		row[j] = p / bs
	}
}
