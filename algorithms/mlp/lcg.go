package main

// lcg is the 64-bit linear congruential generator of Knuth's MMIX
// (x ← 6364136223846793005·x + 1442695040888963407 mod 2⁶⁴), the same as
// logreg's. It is mlp's only source of randomness: seeded from params, the
// same on every host. One stream serves, in this order, the initialisation
// (when there is no model) and the shuffle of each epoch.
type lcg struct{ x uint64 }

// next advances and returns the high 32 bits, the best of an LCG.
func (g *lcg) next() uint32 {
	g.x = g.x*6364136223846793005 + 1442695040888963407
	return uint32(g.x >> 32)
}

// uniform is a number in [−a, a): a·(2·next()/2³² − 1). Only the product
// with a rounds, so the bits are the same on every host.
func (g *lcg) uniform(a float64) float64 {
	return a * (float64(g.next())/(1<<32)*2 - 1)
}

// shuffle permutes perm in place by Fisher–Yates, i from the end down to 1
// swapping perm[i] with perm[j], j = next() mod (i+1).
func (g *lcg) shuffle(perm []int) {
	for i := len(perm) - 1; i > 0; i-- {
		j := int(uint64(g.next()) % uint64(i+1))
		perm[i], perm[j] = perm[j], perm[i]
	}
}
