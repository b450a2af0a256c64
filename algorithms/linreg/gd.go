package main

import dml "github.com/decentralized-ml/dml/sdk-guest/go"

// Arithmetic of linreg, exactly. All values are IEEE float64. Every step is
// one BLAS call on the host; the order of operations inside each call is the
// host's strict backend's, blas/README.md "The strict order of operations"
// (products rounded before they are added, no FMA, fixed reduction order),
// and the receipt records that determinism class. X is row-major n×d.
//
//	s = 2.0 / n                                  (n converted to float64)
//	w = copy of w0
//	repeat epochs times:
//	    r = y                                    Dcopy(y, r)
//	    r = 1·X·w − 1·r                          Dgemv(NoTrans, 1, X, w, −1, r)
//	    g = s·Xᵀ·r                               Dgemv(Trans, s, X, r, 0, g)
//	    w = w − lr·g                             Daxpy(−lr, g, w)
//	loss (with the final w):
//	    r = y; r = X·w − r                       Dcopy, Dgemv as above
//	    loss = Ddot(r, r) / n
//	delta[j] = w[j] − w0[j]                      in the module, j = 0 .. d-1
//
// In the module the calls are host calls on its memory in place; natively
// (unit tests) the SDK runs them as pure-Go loops in index order, which may
// differ from the strict backend in the last bits.

// fit runs full-batch gradient descent of mean squared error from w0 and
// returns the final weights and their loss. x is n×d row-major with
// d = len(w0) and n = len(y); the caller checks that len(x) == n*d and n > 0.
// w0 is not modified.
func fit(x, y, w0 []float64, epochs int, lr float64) (w []float64, loss float64) {
	n, d := len(y), len(w0)
	xm := dml.General{Rows: n, Cols: d, Stride: d, Data: x}
	w = append([]float64(nil), w0...)
	wv := dml.Vector{N: d, Inc: 1, Data: w}
	g := dml.Vector{N: d, Inc: 1, Data: make([]float64, d)}
	r := dml.Vector{N: n, Inc: 1, Data: make([]float64, n)}
	s := 2.0 / float64(n)
	for range epochs {
		residual(xm, y, wv, r)
		dml.Dgemv(dml.Trans, s, xm, r, 0, g)
		dml.Daxpy(-lr, g, wv)
	}
	return w, mse(xm, y, wv, r)
}

// residual sets r = X·w − y.
func residual(x dml.General, y []float64, w, r dml.Vector) {
	dml.Dcopy(dml.Vector{N: len(y), Inc: 1, Data: y}, r)
	dml.Dgemv(dml.NoTrans, 1, x, w, -1, r)
}

// mse is the mean of the squared residuals of w; r is scratch of length n.
func mse(x dml.General, y []float64, w, r dml.Vector) float64 {
	residual(x, y, w, r)
	return dml.Ddot(r, r) / float64(len(y))
}
