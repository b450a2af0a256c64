package main

import dml "github.com/decentralized-ml/dml/sdk-guest/go"

// Arithmetic of mlp. All values are IEEE float64; every product is rounded
// before it is added (the float64(...) conversions forbid fused
// multiply-add). Matrices are row-major. The Dgemm calls and the Dcopy
// gathers are the host's (their order of operations is the host's strict
// BLAS, recorded in the receipt's determinism class); the rest runs in the
// module, in this order:
//
//	g = lcg seeded with params.seed                      (lcg.go)
//	W1, b1, W2, b2 = copies of the model, or heInit(g)   (model.go)
//	perm = 0 .. n-1
//	repeat epochs times:
//	    g.shuffle(perm)
//	    for s = 0, batch, 2·batch, … < n:   B = min(batch, n−s)
//	        Xb[r] = X[perm[s+r]]                      Dcopy, r = 0 .. B-1
//	        H = Xb·W1                                 Dgemm(N, N, 1, Xb, W1, 0, H)
//	        v = H[r][j] + b1[j];  H[r][j] = v if v > 0, else +0
//	        Z = H·W2                                  Dgemm(N, N, 1, H, W2, 0, Z)
//	        for each row r, j ascending:
//	            z_j = Z[r][j] + b2[j];  m = max_j z_j
//	            e_j = exp(z_j − m);  t = Σ_j e_j
//	            G[r][j] = (e_j/t − [j = y_r]) / B     (δ2, in Z's place)
//	        gb2[j] = Σ_r G[r][j]                      r ascending
//	        D = G·W2ᵀ                                 Dgemm(N, T, 1, G, W2, 0, D)
//	        D[r][j] = 0 where H[r][j] = 0             (δ1 = δ2·W2ᵀ ⊙ relu′)
//	        gb1[j] = Σ_r D[r][j]                      r ascending
//	        W2 = (1 − lr·λ)·W2 − lr·Hᵀ·G              Dgemm(T, N, −lr, H, G, 1−lr·λ, W2)
//	        W1 = (1 − lr·λ)·W1 − lr·Xbᵀ·D             Dgemm(T, N, −lr, Xb, D, 1−lr·λ, W1)
//	        b2[j] = b2[j] − lr·gb2[j];  b1[j] = b1[j] − lr·gb1[j]
//	evaluate the model on all of X (evaluate.go): loss and accuracy

// kernels are the BLAS calls mlp uses. The algorithm takes the SDK's (host
// BLAS in the module); a test may pass others to time or compare the code.
type kernels struct {
	gemm func(tA, tB dml.Transpose, alpha float64, a, b dml.General, beta float64, c dml.General)
	copy func(x, y dml.Vector)
}

// sdkBLAS is the SDK's BLAS: host calls in the module (pure-Go loops when
// built with -tags purewasm), the fake host natively.
var sdkBLAS = kernels{gemm: dml.Dgemm, copy: dml.Dcopy}

// workspace holds one mini-batch's buffers, sized for batch rows.
type workspace struct {
	xb, hb, z, dh []float64 // batch×d, batch×h, batch×k, batch×h
	gb1, gb2      []float64 // h, k
}

func newWorkspace(m *model, batch int) *workspace {
	return &workspace{
		xb: make([]float64, batch*m.d), hb: make([]float64, batch*m.h),
		z: make([]float64, batch*m.k), dh: make([]float64, batch*m.h),
		gb1: make([]float64, m.h), gb2: make([]float64, m.k),
	}
}

// fit trains m in place by mini-batch SGD on x (n×m.d, row-major) and
// labels y (each in 0 .. m.k-1), shuffling with g, as specified at the top
// of this file.
func fit(ops kernels, m *model, x []float64, y []int, g *lcg, p params) {
	n, d := len(y), m.d
	batch := min(p.Batch, n)
	ws := newWorkspace(m, batch)
	perm := make([]int, n)
	for i := range perm {
		perm[i] = i
	}
	labels := make([]int, batch)
	decay := 1 - float64(p.LR*p.L2)
	for range p.Epochs {
		g.shuffle(perm)
		for s := 0; s < n; s += batch {
			bs := min(batch, n-s)
			for r := range bs {
				i := perm[s+r]
				ops.copy(dml.Vector{N: d, Inc: 1, Data: x[i*d : i*d+d]}, dml.Vector{N: d, Inc: 1, Data: ws.xb[r*d : r*d+d]})
				labels[r] = y[i]
			}
			step(ops, m, ws, bs, labels[:bs], p.LR, decay)
		}
	}
}

// step is one SGD step on the bs rows gathered in ws.xb with their labels.
func step(ops kernels, m *model, ws *workspace, bs int, labels []int, lr, decay float64) {
	d, h, k := m.d, m.h, m.k
	xb := dml.General{Rows: bs, Cols: d, Stride: d, Data: ws.xb[:bs*d]}
	hb := dml.General{Rows: bs, Cols: h, Stride: h, Data: ws.hb[:bs*h]}
	z := dml.General{Rows: bs, Cols: k, Stride: k, Data: ws.z[:bs*k]}
	dh := dml.General{Rows: bs, Cols: h, Stride: h, Data: ws.dh[:bs*h]}
	w1 := dml.General{Rows: d, Cols: h, Stride: h, Data: m.W1}
	w2 := dml.General{Rows: h, Cols: k, Stride: k, Data: m.W2}

	forward(ops, m, xb, hb, z)
	clear(ws.gb2)
	for r := range bs {
		row := z.Data[r*k : r*k+k]
		softmaxGrad(row, m.b2, labels[r], float64(bs))
		for j, v := range row {
			ws.gb2[j] += v
		}
	}
	ops.gemm(dml.NoTrans, dml.Trans, 1, z, w2, 0, dh)
	clear(ws.gb1)
	for r := range bs {
		hrow, drow := hb.Data[r*h:r*h+h], dh.Data[r*h:r*h+h]
		for j, a := range hrow {
			if a == 0 {
				drow[j] = 0
			}
			ws.gb1[j] += drow[j]
		}
	}
	ops.gemm(dml.Trans, dml.NoTrans, -lr, hb, z, decay, w2)
	ops.gemm(dml.Trans, dml.NoTrans, -lr, xb, dh, decay, w1)
	for j := range m.b2 {
		m.b2[j] -= float64(lr * ws.gb2[j])
	}
	for j := range m.b1 {
		m.b1[j] -= float64(lr * ws.gb1[j])
	}
}

// forward computes the hidden activations hb = relu(xb·W1 + b1) and the
// logits without their bias, z = hb·W2 (b2 is added by the caller).
func forward(ops kernels, m *model, xb, hb, z dml.General) {
	h := m.h
	ops.gemm(dml.NoTrans, dml.NoTrans, 1, xb, dml.General{Rows: m.d, Cols: h, Stride: h, Data: m.W1}, 0, hb)
	for r := range hb.Rows {
		row := hb.Data[r*h : r*h+h]
		for j := range row {
			if v := row[j] + m.b1[j]; v > 0 {
				row[j] = v
			} else {
				row[j] = 0
			}
		}
	}
	ops.gemm(dml.NoTrans, dml.NoTrans, 1, hb, dml.General{Rows: h, Cols: m.k, Stride: m.k, Data: m.W2}, 0, z)
}

// softmaxGrad turns the logits row (without b) into the gradient of the
// cross-entropy with respect to them, divided by bs:
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
