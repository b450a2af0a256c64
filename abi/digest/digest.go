// Package digest computes the hashes of ABI v1 (abi/ABI.md §11): the result
// hash over a run's outputs and deltas, the input commitment, and tensor
// data digests. It lives apart from abi so guests, which import abi for its
// constants, do not link crypto/sha256.
package digest

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"hash"
	"sort"

	"github.com/decentralized-ml/dml/abi"
)

// Domain tags that prefix each hashed encoding.
const (
	resultDomain     = "dml-result-v1\n"
	commitmentDomain = "dml-inputs-v1\n"
)

// Kinded is a tensor tagged with the family it belongs to: for a result, an
// EmitKind (0 output, 1 delta); for an input commitment, a tensor kind (0 input, 1 model).
type Kinded struct {
	Kind int32
	abi.Tensor
}

// ResultHash is the hex sha256 of the canonical encoding of a run's outputs
// and deltas (ABI.md, "Result hash").
func ResultHash(outputs, deltas []abi.Tensor) string {
	return hashRecords(resultDomain, tagged(outputs, int32(abi.EmitOutput), deltas, int32(abi.EmitDelta)))
}

// InputCommitment is the hex sha256 binding a run's inputs and model
// weights, encoded exactly as ResultHash encodes outputs and deltas.
func InputCommitment(inputs, models []abi.Tensor) string {
	return hashRecords(commitmentDomain, tagged(inputs, abi.KindInput, models, abi.KindModel))
}

// DataSHA256 is the hex sha256 of a tensor's data with NaNs canonicalised.
func DataSHA256(t *abi.Tensor) string {
	h := sha256.New()
	writeCanonicalData(h, t.DType, t.Data)
	return hex.EncodeToString(h.Sum(nil))
}

func tagged(a []abi.Tensor, ka int32, b []abi.Tensor, kb int32) []Kinded {
	out := make([]Kinded, 0, len(a)+len(b))
	for _, t := range a {
		out = append(out, Kinded{ka, t})
	}
	for _, t := range b {
		out = append(out, Kinded{kb, t})
	}
	return out
}

func hashRecords(domain string, recs []Kinded) string {
	sort.SliceStable(recs, func(i, j int) bool {
		if recs[i].Kind != recs[j].Kind {
			return recs[i].Kind < recs[j].Kind
		}
		return recs[i].Name < recs[j].Name
	})
	h := sha256.New()
	h.Write([]byte(domain))
	var b [8]byte
	binary.LittleEndian.PutUint32(b[:4], uint32(len(recs)))
	h.Write(b[:4])
	for i := range recs {
		EncodeRecord(h, &recs[i])
	}
	return hex.EncodeToString(h.Sum(nil))
}

// EncodeRecord writes the canonical encoding of one tensor (ABI.md, "abi.Tensor
// encoding"): kind u32, name length u32, name, dtype u32, rank u32, dims
// i64×rank, data length u64, data (little-endian, NaNs canonicalised).
func EncodeRecord(w hash.Hash, r *Kinded) {
	var b [8]byte
	put32 := func(v uint32) { binary.LittleEndian.PutUint32(b[:4], v); w.Write(b[:4]) }
	put64 := func(v uint64) { binary.LittleEndian.PutUint64(b[:], v); w.Write(b[:]) }
	put32(uint32(r.Kind))
	put32(uint32(len(r.Name)))
	w.Write([]byte(r.Name))
	put32(uint32(r.DType))
	put32(uint32(len(r.Shape)))
	for _, d := range r.Shape {
		put64(uint64(d))
	}
	put64(uint64(len(r.Data)))
	writeCanonicalData(w, r.DType, r.Data)
}

// writeCanonicalData writes data, replacing each float NaN by the canonical
// NaN, in bounded chunks so no copy of a large tensor is made.
func writeCanonicalData(w hash.Hash, d abi.DType, data []byte) {
	if !d.IsFloat() {
		w.Write(data)
		return
	}
	var buf [4096]byte
	size := d.Size()
	for len(data) > 0 {
		n := min(len(data), len(buf))
		n -= n % size
		if n == 0 { // trailing partial element: malformed, hash as is
			w.Write(data)
			return
		}
		chunk := buf[:n]
		copy(chunk, data[:n])
		abi.CanonicalizeNaNs(d, chunk)
		w.Write(chunk)
		data = data[n:]
	}
}
