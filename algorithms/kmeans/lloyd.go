package main

import dml "github.com/decentralized-ml/dml/sdk-guest/go"

// Arithmetic of kmeans. All values are IEEE float64; every product is
// rounded before it is added (the float64(...) conversions forbid fused
// multiply-add). Matrices are row-major. The Dgemm, Dgemv and Daxpy calls are the
// host's (their order of operations is the host's strict BLAS: each
// element a sum over p ascending); the rest runs in the module, in this
// order, with C (k×d) the model's centroids or kmeanspp's (kmeanspp.go):
//
//	for t = 1 .. iters:
//	    cn[j] = Σ_p C[j][p]²                          p ascending
//	    for rows i in blocks of assignRows:
//	        G = Xblk·Cᵀ                               Dgemm(N, T, 1, Xblk, C, 0, G)
//	        a_i = the first j of least cn[j] − 2·G[i][j]
//	    sums[j] = Σ_{i: a_i = j} X[i]                 i ascending, from +0:
//	                                                  Daxpy(1, X[i], sums[a_i]), y + round(1·x) = y + x
//	    counts[j] = #{i: a_i = j}
//	    Cprev = C
//	    C[j][p] = sums[j][p] / counts[j]              where counts[j] > 0; else C[j] stays
//	    stop when t > 1 and no a_i changed (then further steps change no bit)
//	inertia = Σ_i Σ_p (X[i][p] − Cprev[a_i][p])²      i ascending, p ascending
//
// ‖x‖² is left out of the assignment: it is the same for every j. The
// emitted delta is sums and counts of the last assignment, so a server that
// receives them from many devices that started from the same C computes the
// centralised step's centroids as Σ sums / Σ counts (README.md).

// kernels are the BLAS calls kmeans uses: the SDK's in the module; a test
// may pass others.
type kernels struct {
	gemm func(tA, tB dml.Transpose, alpha float64, a, b dml.General, beta float64, c dml.General)
	gemv func(t dml.Transpose, alpha float64, a dml.General, x dml.Vector, beta float64, y dml.Vector)
	axpy func(alpha float64, x, y dml.Vector)
}

// sdkBLAS is the SDK's BLAS: host calls in the module (pure-Go loops when
// built with -tags purewasm), the fake host natively.
var sdkBLAS = kernels{gemm: dml.Dgemm, gemv: dml.Dgemv, axpy: dml.Daxpy}

// assignRows is how many rows one Dgemm scores: it bounds the memory of
// the scores, and no result depends on it.
const assignRows = 1024

// result is what Lloyd's iterations leave.
type result struct {
	C       []float64 // k×d, the centroids after the last step
	sums    []float64 // k×d, per-cluster sums of the rows of the last assignment
	counts  []float64 // k, per-cluster row counts of the last assignment
	inertia float64   // Σ squared distance of each row to the centroid it was assigned to
	iters   int       // steps run
}

// lloyd runs up to iters Lloyd steps on x (n×d) from the centroids c0 (k×d,
// not modified), as specified at the top of this file.
func lloyd(ops kernels, x []float64, d int, c0 []float64, iters int) result {
	n, k := len(x)/d, len(c0)/d
	c := append([]float64(nil), c0...)
	prev := make([]float64, len(c))
	sums, counts := make([]float64, k*d), make([]float64, k)
	a, last := make([]int, n), make([]int, n)
	t := 0
	for t < iters {
		t++
		copy(last, a)
		assign(ops, x, d, c, a)
		accumulate(ops, x, d, a, sums, counts)
		copy(prev, c)
		update(c, d, sums, counts)
		if t > 1 && equalInts(a, last) {
			break
		}
	}
	return result{C: c, sums: sums, counts: counts, inertia: inertia(x, d, prev, a), iters: t}
}

// assign sets a[i] to the cluster whose centroid in c is nearest row i of x.
func assign(ops kernels, x []float64, d int, c []float64, a []int) {
	n, k := len(a), len(c)/d
	cn := make([]float64, k)
	for j := range k {
		s := 0.0
		for _, v := range c[j*d : j*d+d] {
			s += float64(v * v)
		}
		cn[j] = s
	}
	rows := min(n, assignRows)
	g := make([]float64, rows*k)
	cm := dml.General{Rows: k, Cols: d, Stride: d, Data: c}
	for s := 0; s < n; s += rows {
		bs := min(rows, n-s)
		ops.gemm(dml.NoTrans, dml.Trans, 1, dml.General{Rows: bs, Cols: d, Stride: d, Data: x[s*d : (s+bs)*d]}, cm,
			0, dml.General{Rows: bs, Cols: k, Stride: k, Data: g[:bs*k]})
		for r := range bs {
			row := g[r*k : r*k+k]
			best, arg := cn[0]-2*row[0], 0
			for j := 1; j < k; j++ {
				if v := cn[j] - 2*row[j]; v < best {
					best, arg = v, j
				}
			}
			a[s+r] = arg
		}
	}
}

// accumulate sets sums and counts to the per-cluster sums and counts of the
// rows of x under assignment a, rows in ascending order.
func accumulate(ops kernels, x []float64, d int, a []int, sums, counts []float64) {
	clear(sums)
	clear(counts)
	for i, j := range a {
		ops.axpy(1, dml.Vector{N: d, Inc: 1, Data: x[i*d : i*d+d]}, dml.Vector{N: d, Inc: 1, Data: sums[j*d : j*d+d]})
		counts[j]++
	}
}

// update sets each centroid with a non-zero count to sums/counts; the
// centroid of an empty cluster stays. A server aggregating devices' deltas
// applies the same rule to the totals.
func update(c []float64, d int, sums, counts []float64) {
	for j, cnt := range counts {
		if cnt == 0 {
			continue
		}
		for p := range d {
			c[j*d+p] = sums[j*d+p] / cnt
		}
	}
}

// inertia is Σ_i ‖x_i − c_{a_i}‖², i and then p ascending.
func inertia(x []float64, d int, c []float64, a []int) float64 {
	s := 0.0
	for i, j := range a {
		row, cj := x[i*d:i*d+d], c[j*d:j*d+d]
		for p, v := range row {
			e := v - cj[p]
			s += float64(e * e)
		}
	}
	return s
}

func equalInts(a, b []int) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
