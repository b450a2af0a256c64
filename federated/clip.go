package federated

import "math"

// l2Norm is the Euclidean norm of v, scaled by its largest magnitude so that
// no square overflows, summed in index order.
func l2Norm(v []float64) float64 {
	var m float64
	for _, x := range v {
		m = max(m, math.Abs(x))
	}
	if m == 0 {
		return 0
	}
	var s float64
	for _, x := range v {
		y := x / m
		s += float64(y * y)
	}
	return m * math.Sqrt(s)
}

// clipL2 scales v in place so that its L2 norm is at most c (c > 0), and
// returns the norm it had and whether it was scaled. The whole update is one
// vector: every tensor of a device is scaled by the same factor.
func clipL2(v []float64, c float64) (norm float64, scaled bool) {
	norm = l2Norm(v)
	if norm <= c {
		return norm, false
	}
	f := c / norm
	for j := range v {
		v[j] *= f
	}
	return norm, true
}
