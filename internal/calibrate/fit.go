package main

import "math"

// A row is one measured workload: how many instructions of each column it
// ran (dynamic counts), the time it took unmetered and the weight the fit
// gives it.
type row struct {
	Name   string    `json:"name"`
	Counts []float64 `json:"counts"` // per column
	NS     float64   `json:"ns"`
	weight float64
}

// fitCosts finds the cost of each column, in gas, that best predicts the
// rows' times at nsPerGas nanoseconds per gas: it minimises
// Σ weight·(predicted/measured − 1)² with every cost ≥ floor, by projected
// coordinate descent (a convex problem: it converges to the optimum). The
// costs it returns are real numbers; roundCosts makes them integers.
func fitCosts(rows []row, nsPerGas float64, floor []float64) []float64 {
	n := len(floor)
	x := append([]float64(nil), floor...)
	// a[r][c]: gas of column c in row r, in units of the row's time.
	a := make([][]float64, len(rows))
	for r, rw := range rows {
		a[r] = make([]float64, n)
		for c := range n {
			a[r][c] = rw.Counts[c] * nsPerGas / rw.NS
		}
	}
	pred := make([]float64, len(rows))
	for r := range rows {
		for c := range n {
			pred[r] += a[r][c] * x[c]
		}
	}
	for range 20000 {
		moved := 0.0
		for c := range n {
			var g, h float64 // gradient and curvature along x[c]
			for r, rw := range rows {
				g += rw.weight * a[r][c] * (pred[r] - 1)
				h += rw.weight * a[r][c] * a[r][c]
			}
			if h == 0 {
				continue // no row runs this column: it keeps its floor
			}
			next := math.Max(floor[c], x[c]-g/h)
			if d := next - x[c]; d != 0 {
				for r := range rows {
					pred[r] += a[r][c] * d
				}
				moved = math.Max(moved, math.Abs(d)/math.Max(x[c], 1))
				x[c] = next
			}
		}
		if moved < 1e-9 {
			break
		}
	}
	return x
}

// roundCosts rounds the fitted costs to integers ≥ their floors, then
// moves single costs by ±1 while that lowers the objective of fitCosts.
func roundCosts(rows []row, nsPerGas float64, x, floor []float64) []uint64 {
	k := make([]uint64, len(x))
	for c, v := range x {
		k[c] = uint64(math.Max(math.Ceil(floor[c]), math.Round(v)))
	}
	best := objective(rows, nsPerGas, k)
	for improved := true; improved; {
		improved = false
		for c := range k {
			for _, d := range []int64{-1, 1} {
				v := int64(k[c]) + d
				if float64(v) < math.Ceil(floor[c]) {
					continue
				}
				old := k[c]
				k[c] = uint64(v)
				if j := objective(rows, nsPerGas, k); j < best-1e-12 {
					best, improved = j, true
				} else {
					k[c] = old
				}
			}
		}
	}
	return k
}

func objective(rows []row, nsPerGas float64, k []uint64) float64 {
	j := 0.0
	for _, rw := range rows {
		d := predictedGas(rw, k)*nsPerGas/rw.NS - 1
		j += rw.weight * d * d
	}
	return j
}

// predictedGas is the gas row rw uses under costs k.
func predictedGas(rw row, k []uint64) float64 {
	g := 0.0
	for c, n := range rw.Counts {
		g += n * float64(k[c])
	}
	return g
}

// spread is the coefficient of variation and the max/min ratio of v.
func spread(v []float64) (cv, maxMin float64) {
	var sum, sq float64
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, x := range v {
		sum += x
		lo, hi = math.Min(lo, x), math.Max(hi, x)
	}
	mean := sum / float64(len(v))
	for _, x := range v {
		sq += (x - mean) * (x - mean)
	}
	return math.Sqrt(sq/float64(len(v))) / mean, hi / lo
}
