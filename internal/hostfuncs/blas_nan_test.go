package hostfuncs

import (
	"math"
	"testing"
)

func TestCanonicalWritesOnlyWrittenElements(t *testing.T) {
	payload := math.Float64frombits(0xfff8000000000001)
	v := []float64{payload, payload, payload, payload, payload}
	canonicalVector(v, 3, -2) // elements 0, 2, 4
	for i, want := range []uint64{0x7ff8000000000000, 0xfff8000000000001, 0x7ff8000000000000, 0xfff8000000000001, 0x7ff8000000000000} {
		if got := math.Float64bits(v[i]); got != want {
			t.Errorf("v[%d] = %#x, want %#x", i, got, want)
		}
	}
	m := []float32{float32(math.NaN()), 1, float32(math.Inf(1)), float32(math.NaN())}
	m[0] = math.Float32frombits(0xffc00001)
	m[3] = math.Float32frombits(0xffc00001)
	canonicalMatrix(m, 2, 1, 2) // elements 0 and 2
	if math.Float32bits(m[0]) != 0x7fc00000 || !math.IsInf(float64(m[2]), 1) || math.Float32bits(m[3]) != 0xffc00001 {
		t.Errorf("matrix %#x %v %#x", math.Float32bits(m[0]), m[2], math.Float32bits(m[3]))
	}
}
