package federated

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"math"
	"testing"
)

func noiseVector(job string, round uint64, n int) []float64 {
	v := make([]float64, n)
	addNoise(v, 1, NoiseSeed(job, round))
	return v
}

func bitsHash(v []float64) string {
	h := sha256.New()
	var b [8]byte
	for _, x := range v {
		binary.LittleEndian.PutUint64(b[:], math.Float64bits(x))
		h.Write(b[:])
	}
	return hex.EncodeToString(h.Sum(nil))
}

// goldenNoise is the hash of the first 4096 draws for job "0xjob", round 3.
// The same value on amd64 and on arm64 (make test-arm64 style, under
// qemu-user) shows the noise replays across CPUs.
const goldenNoise = "90da4b954da3b1b5baeb042219d0d3e8b977c310492ee2dcda3f806f7df638b8"

func TestNoiseReplays(t *testing.T) {
	a := noiseVector("0xjob", 3, 4096)
	b := noiseVector("0xjob", 3, 4096)
	if bitsHash(a) != bitsHash(b) {
		t.Fatal("same job and round gave different noise")
	}
	if got := bitsHash(a); got != goldenNoise {
		t.Errorf("noise hash %s, golden %s: the generator changed, or this CPU computes other bits", got, goldenNoise)
	}
	for _, other := range []struct {
		job   string
		round uint64
	}{{"0xjob", 4}, {"0xjob2", 3}, {"", 3}} {
		c := noiseVector(other.job, other.round, 4096)
		same := 0
		for j := range a {
			if a[j] == c[j] {
				same++
			}
		}
		if same > 0 {
			t.Errorf("job %q round %d shares %d of 4096 draws with job 0xjob round 3", other.job, other.round, same)
		}
	}
}

// The draws are standard normal: mean, variance and tails over 200k draws.
func TestNoiseIsStandardNormal(t *testing.T) {
	const n = 200000
	v := noiseVector("stats", 0, n)
	var sum, sq float64
	var beyond2, beyond3 int
	for _, x := range v {
		sum += x
		sq += x * x
		if math.Abs(x) > 2 {
			beyond2++
		}
		if math.Abs(x) > 3 {
			beyond3++
		}
	}
	mean, variance := sum/n, sq/n-(sum/n)*(sum/n)
	// 5 standard errors: mean 1/√n, variance √(2/n), tail counts √(np).
	if math.Abs(mean) > 5/math.Sqrt(n) || math.Abs(variance-1) > 5*math.Sqrt(2.0/n) {
		t.Errorf("mean %v variance %v", mean, variance)
	}
	if p := 0.0455 * n; math.Abs(float64(beyond2)-p) > 5*math.Sqrt(p) {
		t.Errorf("%d draws beyond 2σ, expected %v", beyond2, p)
	}
	if p := 0.0027 * n; math.Abs(float64(beyond3)-p) > 5*math.Sqrt(p) {
		t.Errorf("%d draws beyond 3σ, expected %v", beyond3, p)
	}
}

func TestLogUnit(t *testing.T) {
	for _, x := range []float64{1, 0.5, 0.70710678, 0.70710679, 0.999999, 1e-3, 1e-300, 0.1, 0.9, 0x1p-53, math.SmallestNonzeroFloat64 * 0x1p60} {
		got, want := logUnit(x), math.Log(x)
		if math.Abs(got-want) > 2e-16*math.Max(1, math.Abs(want)) {
			t.Errorf("logUnit(%v) = %v, math.Log %v", x, got, want)
		}
	}
}

func TestNoiseSeed(t *testing.T) {
	// The job id is length-prefixed: ("ab", r) and ("a", r') never collide by concatenation.
	if NoiseSeed("ab", 1) == NoiseSeed("a", 1) || NoiseSeed("a", 1) == NoiseSeed("a", 2) {
		t.Error("distinct seed material gave one seed")
	}
	if first, again := NoiseSeed("a", 1), NoiseSeed("a", 1); first != again {
		t.Error("NoiseSeed is not a function")
	}
}
