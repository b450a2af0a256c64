package main

// lcg is the 64-bit linear congruential generator of Knuth's MMIX
// (x ← 6364136223846793005·x + 1442695040888963407 mod 2⁶⁴), the same as
// logreg's and mlp's. It is kmeans's only source of randomness: seeded from
// params, the same on every host.
type lcg struct{ x uint64 }

// next advances and returns the high 32 bits, the best of an LCG.
func (g *lcg) next() uint32 {
	g.x = g.x*6364136223846793005 + 1442695040888963407
	return uint32(g.x >> 32)
}

// intn is next() mod n, for 1 <= n <= 2³² (the modulo bias is below
// n/2³², and changes no result's determinism).
func (g *lcg) intn(n int) int { return int(uint64(g.next()) % uint64(n)) }

// float is next()/2³², in [0, 1): exact, no rounding.
func (g *lcg) float() float64 { return float64(g.next()) / (1 << 32) }
