package blas

// lcg is the tests' pseudo-random source: a 64-bit linear congruential
// generator (Knuth's MMIX constants), the same sequence on every platform
// and Go version, unlike math/rand.
type lcg uint64

func (g *lcg) next() uint64 {
	*g = *g*6364136223846793005 + 1442695040888963407
	return uint64(*g)
}

// float returns a value in [-1, 1) with 53 random bits.
func (g *lcg) float() float64 {
	return float64(int64(g.next()>>11)-(1<<52)) / (1 << 52)
}

func (g *lcg) f64s(n int) []float64 {
	out := make([]float64, n)
	for i := range out {
		out[i] = g.float()
	}
	return out
}
