package engine

import (
	"crypto/sha256"
	"io"
	"math/rand/v2"
)

// seededRandom is the WASI random source of a run: ChaCha8 keyed by the
// module, inputs and params, so a re-run draws the same bytes.
func seededRandom(res *Result) io.Reader {
	h := sha256.New()
	h.Write([]byte("dml-random-v1\n"))
	h.Write([]byte(res.ModuleSHA256))
	h.Write([]byte(res.InputCommitment))
	h.Write([]byte(res.ParamsSHA256))
	var seed [32]byte
	copy(seed[:], h.Sum(nil))
	return rand.NewChaCha8(seed)
}
