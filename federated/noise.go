package federated

import (
	"crypto/sha256"
	"encoding/binary"
	"math"
	"math/rand/v2"
)

// noiseDomain prefixes the seed material of a round's noise.
const noiseDomain = "dml-federated-noise-v1\n"

// NoiseSeed is the ChaCha8 key of a round's noise: sha256 of the domain,
// u32 length and bytes of the job id, and the round as u64, little-endian.
// Anyone holding the job id and round number can replay the noise.
func NoiseSeed(jobID string, round uint64) [32]byte {
	h := sha256.New()
	h.Write([]byte(noiseDomain))
	var b [8]byte
	binary.LittleEndian.PutUint32(b[:4], uint32(len(jobID)))
	h.Write(b[:4])
	h.Write([]byte(jobID))
	binary.LittleEndian.PutUint64(b[:], round)
	h.Write(b[:])
	var seed [32]byte
	copy(seed[:], h.Sum(nil))
	return seed
}

// gaussian draws standard normal values from ChaCha8 with the Marsaglia
// polar method. It uses only +, −, ×, ÷ and sqrt, each rounded on its own
// (no FMA), and its own logarithm, so the values are the same bits on every
// CPU and Go version: math.Log and rand.NormFloat64 do not promise that.
type gaussian struct {
	src   *rand.ChaCha8
	spare float64
	has   bool
}

func newGaussian(seed [32]byte) *gaussian { return &gaussian{src: rand.NewChaCha8(seed)} }

// uniform is in [0, 1), a multiple of 2⁻⁵³.
func (g *gaussian) uniform() float64 { return float64(g.src.Uint64()>>11) * 0x1p-53 }

func (g *gaussian) next() float64 {
	if g.has {
		g.has = false
		return g.spare
	}
	for {
		u := float64(2*g.uniform()) - 1
		v := float64(2*g.uniform()) - 1
		s := float64(u*u) + float64(v*v)
		if s >= 1 || s == 0 {
			continue
		}
		f := math.Sqrt(float64(-2*logUnit(s)) / s)
		g.spare, g.has = float64(v*f), true
		return float64(u * f)
	}
}

// logUnit is ln x for 0 < x ≤ 1 (any positive normal x works): x = m·2ᵉ with
// m in [√½, √2), ln m = 2·atanh(t), t = (m−1)/(m+1), |t| ≤ 0.172, by its
// series to t²⁷ in Horner form. Relative error below 1e-15.
func logUnit(x float64) float64 {
	m, e := math.Frexp(x)
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	t := (m - 1) / (m + 1)
	t2 := float64(t * t)
	var s float64
	for k := 27; k >= 1; k -= 2 {
		s = float64(s*t2) + 1/float64(k)
	}
	return float64(2*float64(t*s)) + float64(float64(e)*math.Ln2)
}

// addNoise adds N(0, std²) to every element of v, drawn in index order.
func addNoise(v []float64, std float64, seed [32]byte) {
	g := newGaussian(seed)
	for j := range v {
		v[j] += float64(std * g.next())
	}
}
