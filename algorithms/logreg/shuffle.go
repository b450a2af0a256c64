package main

// lcg is the 64-bit linear congruential generator of Knuth's MMIX
// (x ← 6364136223846793005·x + 1442695040888963407 mod 2⁶⁴). It is logreg's
// only source of randomness: seeded from params, the same on every host.
type lcg struct{ x uint64 }

// next advances and returns the high 32 bits, the best of an LCG.
func (g *lcg) next() uint32 {
	g.x = g.x*6364136223846793005 + 1442695040888963407
	return uint32(g.x >> 32)
}

// shuffle permutes perm in place by Fisher–Yates, i from the end down to 1
// swapping perm[i] with perm[j], j = next() mod (i+1). (The modulo bias is
// below 2⁻¹⁵ for n ≤ 2¹⁷ and changes no result's determinism.)
func (g *lcg) shuffle(perm []int) {
	for i := len(perm) - 1; i > 0; i-- {
		j := int(uint64(g.next()) % uint64(i+1))
		perm[i], perm[j] = perm[j], perm[i]
	}
}
