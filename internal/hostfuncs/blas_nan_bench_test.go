package hostfuncs

import "testing"

// BenchmarkCanonicalMatrix512 is the NaN pass over a dgemm 512² output.
func BenchmarkCanonicalMatrix512(b *testing.B) {
	c := make([]float64, 512*512)
	for i := range c {
		c[i] = float64(i)
	}
	b.SetBytes(int64(8 * len(c)))
	for b.Loop() {
		canonicalMatrix(c, 512, 512, 512)
	}
}
