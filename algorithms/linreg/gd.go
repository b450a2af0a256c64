package main

// Arithmetic of linreg, exactly. Ports (C, AssemblyScript) must follow it
// operation by operation to reproduce the same bits. All values are IEEE
// float64; every product is rounded before it is added or subtracted (no
// fused multiply-add: in Go the float64(...) conversions forbid fusion; in C
// compile with -ffp-contract=off). X is row-major n×d, x[i][j] = X[i*d+j].
//
//	s = 2.0 / n                              (n converted to float64)
//	w = copy of w0
//	repeat epochs times:
//	    g[j] = 0                             for j = 0 .. d-1
//	    for i = 0 .. n-1:
//	        p = 0
//	        p = p + x[i][j]*w[j]             for j = 0 .. d-1
//	        r = p - y[i]
//	        g[j] = g[j] + x[i][j]*r          for j = 0 .. d-1
//	    w[j] = w[j] - lr*(s*g[j])            for j = 0 .. d-1
//	loss (with the final w):
//	    acc = 0
//	    for i = 0 .. n-1: p and r as above; acc = acc + r*r
//	    loss = acc / n
//	delta[j] = w[j] - w0[j]                  for j = 0 .. d-1

// fit runs full-batch gradient descent of mean squared error from w0 and
// returns the final weights and their loss. x is n×d row-major with
// d = len(w0) and n = len(y); the caller checks that len(x) == n*d and n > 0.
// w0 is not modified.
func fit(x, y, w0 []float64, epochs int, lr float64) (w []float64, loss float64) {
	n, d := len(y), len(w0)
	w = append([]float64(nil), w0...)
	g := make([]float64, d)
	s := 2.0 / float64(n)
	for range epochs {
		clear(g)
		for i := range n {
			row := x[i*d : i*d+d]
			r := residual(row, y[i], w)
			for j, v := range row {
				g[j] += float64(v * r)
			}
		}
		for j := range w {
			w[j] -= float64(lr * float64(s*g[j]))
		}
	}
	return w, mse(x, y, w)
}

// residual is x·w − y for one row, summed with j ascending.
func residual(row []float64, y float64, w []float64) float64 {
	p := 0.0
	for j, v := range row {
		p += float64(v * w[j])
	}
	return p - y
}

// mse is the mean of the squared residuals of w, summed with i ascending.
func mse(x, y, w []float64) float64 {
	d := len(w)
	acc := 0.0
	for i := range y {
		r := residual(x[i*d:i*d+d], y[i], w)
		acc += float64(r * r)
	}
	return acc / float64(len(y))
}
