package main

import (
	"math"

	dml "github.com/decentralized-ml/dml/sdk-guest/go"
)

// inf starts each row's distance to the nearest centroid so far.
var inf = math.Inf(1)

// kmeanspp picks k centroids among the rows of x (n×d) by k-means++
// (Arthur and Vassilvitskii, 2007) from g, and returns them (k×d):
//
//	xn[i] = Σ_p X[i][p]²                                   p ascending
//	c_0 = X[g.intn(n)];  D[i] = +Inf
//	for each new centroid c (c_0 first):
//	    v = X·c                                            Dgemv(N, 1, X, c, 0, v)
//	    D[i] = min(D[i], max(xn[i] − 2·v[i] + ‖c‖², 0))    ‖c‖² = xn of its row
//	    if fewer than k centroids: total = Σ_i D[i] (i ascending)
//	        total > 0: u = g.float()·total; the next centroid is the first
//	                   row i whose running sum Σ_{i' ≤ i} D[i'] exceeds u
//	                   (the last row with D > 0 if rounding leaves none)
//	        total = 0: the next centroid is X[g.intn(n)]
//
// Each row is drawn with probability proportional to its squared distance
// to the nearest centroid so far. The expanded distance rounds (a row
// equal to a centroid may keep a tiny weight, not 0): it only weights the
// draw, and is clamped at 0.
func kmeanspp(ops kernels, x []float64, d, k int, g *lcg) []float64 {
	n := len(x) / d
	xn := make([]float64, n)
	for i := range n {
		s := 0.0
		for _, v := range x[i*d : i*d+d] {
			s += float64(v * v)
		}
		xn[i] = s
	}
	dist := make([]float64, n)
	for i := range dist {
		dist[i] = inf
	}
	v := make([]float64, n)
	xm := dml.General{Rows: n, Cols: d, Stride: d, Data: x}
	c := make([]float64, 0, k*d)
	next := g.intn(n)
	for {
		row := x[next*d : next*d+d]
		c = append(c, row...)
		if len(c) == k*d {
			return c
		}
		ops.gemv(dml.NoTrans, 1, xm, dml.Vector{N: d, Inc: 1, Data: row}, 0, dml.Vector{N: n, Inc: 1, Data: v})
		total := 0.0
		for i := range n {
			e := max(xn[i]-2*v[i]+xn[next], 0)
			dist[i] = min(dist[i], e)
			total += dist[i]
		}
		next = draw(dist, total, g)
	}
}

// draw is the row picked with probability dist[i]/total, as kmeanspp says.
func draw(dist []float64, total float64, g *lcg) int {
	if !(total > 0) {
		return g.intn(len(dist))
	}
	u := g.float() * total
	run, last := 0.0, 0
	for i, w := range dist {
		if w > 0 {
			last = i
		}
		run += w
		if run > u {
			return i
		}
	}
	return last
}
