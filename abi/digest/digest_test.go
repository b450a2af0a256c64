package digest

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"math"
	"testing"

	"github.com/decentralized-ml/dml/abi"
)

func bits64(vals ...uint64) []byte {
	var b []byte
	for _, v := range vals {
		b = binary.LittleEndian.AppendUint64(b, v)
	}
	return b
}

func bits32(vals ...uint32) []byte {
	var b []byte
	for _, v := range vals {
		b = binary.LittleEndian.AppendUint32(b, v)
	}
	return b
}

// knownAnswerHash is the result hash of the worked example in ABI.md
// ("Worked example"): output y = f64[2]{1.0, NaN with payload}, delta
// a = i32[] {-1}.
const knownAnswerHash = "ef6a80d43b236c4fda425b05ff64bf454a625ae8faa15c4cebdb6fb12cf377bc"

// TestResultHashKnownAnswer builds the encoding of ABI.md by hand, byte by
// byte, without calling EncodeRecord, and compares digests.
func TestResultHashKnownAnswer(t *testing.T) {
	outputs := []abi.Tensor{{Name: "y", DType: abi.F64, Shape: []int64{2}, Data: bits64(math.Float64bits(1.0), 0xfff8000000000001)}}
	deltas := []abi.Tensor{{Name: "a", DType: abi.I32, Shape: []int64{}, Data: bits32(0xffffffff)}}

	var b []byte
	u32 := func(v uint32) { b = binary.LittleEndian.AppendUint32(b, v) }
	u64 := func(v uint64) { b = binary.LittleEndian.AppendUint64(b, v) }
	b = append(b, "dml-result-v1\n"...)
	u32(2) // two records
	// output y sorts first: kind 0 < kind 1, although "a" < "y".
	u32(0)                  // kind: output
	u32(1)                  // name length
	b = append(b, 'y')      // name
	u32(1)                  // dtype f64
	u32(1)                  // rank
	u64(2)                  // dims[0]
	u64(16)                 // data length
	u64(0x3ff0000000000000) // 1.0
	u64(0x7ff8000000000000) // the NaN, canonicalised
	// delta a
	u32(1)             // kind: delta
	u32(1)             // name length
	b = append(b, 'a') // name
	u32(4)             // dtype i32
	u32(0)             // rank 0: no dims
	u64(4)             // data length
	u32(0xffffffff)    // -1
	sum := sha256.Sum256(b)
	want := hex.EncodeToString(sum[:])

	if got := ResultHash(outputs, deltas); got != want {
		t.Fatalf("ResultHash = %s, hand encoding gives %s", got, want)
	}
	if want != knownAnswerHash {
		t.Fatalf("hand encoding gives %s, ABI.md says %s", want, knownAnswerHash)
	}
	if got := DataSHA256(&outputs[0]); got != "b60535a407b309203bf04892c59e8483f636fc70f4685d5ca6815c0e2ed693b9" {
		t.Errorf("sha256(y) = %s, ABI.md says b605…", got)
	}
	if got := ResultHash(nil, nil); got != "c8c5938fbbf9dbbc77841d45a23329a7c3e6a2fa207b6f6dd2d4374103d47d42" {
		t.Errorf("hash of no tensors = %s, ABI.md says c8c5…", got)
	}
	if len(b) != 14+4+(4+4+1+4+4+8+8+16)+(4+4+1+4+4+8+4) {
		t.Fatalf("hand encoding is %d bytes", len(b))
	}
}

func TestResultHashOrderIndependent(t *testing.T) {
	a := abi.FromFloat64s("a", []int64{1}, []float64{1})
	b := abi.FromFloat64s("b", []int64{1}, []float64{2})
	B := abi.FromFloat64s("B", []int64{1}, []float64{3}) // "B" < "a" < "b" bytewise
	d := abi.FromFloat64s("a", []int64{1}, []float64{4})
	want := ResultHash([]abi.Tensor{a, b, B}, []abi.Tensor{d})
	for _, outs := range [][]abi.Tensor{{b, a, B}, {B, b, a}, {a, B, b}} {
		if got := ResultHash(outs, []abi.Tensor{d}); got != want {
			t.Errorf("order %s,%s,%s: %s != %s", outs[0].Name, outs[1].Name, outs[2].Name, got, want)
		}
	}
	in := []abi.Tensor{a, b}
	ResultHash(in, nil)
	if in[0].Name != "a" || in[1].Name != "b" {
		t.Error("ResultHash reordered the caller's slice")
	}
}

func TestResultHashSensitivity(t *testing.T) {
	base := func() ([]abi.Tensor, []abi.Tensor) {
		return []abi.Tensor{abi.FromFloat64s("y", []int64{2, 1}, []float64{1, 2})}, []abi.Tensor{{Name: "w", DType: abi.U8, Shape: []int64{3}, Data: []byte{1, 2, 3}}}
	}
	o, d := base()
	ref := ResultHash(o, d)
	tests := []struct {
		name   string
		change func(o, d []abi.Tensor) ([]abi.Tensor, []abi.Tensor)
	}{
		{"name", func(o, d []abi.Tensor) ([]abi.Tensor, []abi.Tensor) { o[0].Name = "z"; return o, d }},
		{"kind", func(o, d []abi.Tensor) ([]abi.Tensor, []abi.Tensor) { return nil, append(d, o...) }},
		{"kind swap", func(o, d []abi.Tensor) ([]abi.Tensor, []abi.Tensor) { return d, o }},
		{"dtype", func(o, d []abi.Tensor) ([]abi.Tensor, []abi.Tensor) { o[0].DType = abi.I64; return o, d }},
		{"shape", func(o, d []abi.Tensor) ([]abi.Tensor, []abi.Tensor) { o[0].Shape = []int64{1, 2}; return o, d }},
		{"rank", func(o, d []abi.Tensor) ([]abi.Tensor, []abi.Tensor) { o[0].Shape = []int64{2}; return o, d }},
		{"first data byte", func(o, d []abi.Tensor) ([]abi.Tensor, []abi.Tensor) { o[0].Data[0] ^= 1; return o, d }},
		{"last data byte", func(o, d []abi.Tensor) ([]abi.Tensor, []abi.Tensor) { d[0].Data[2] = 4; return o, d }},
		{"extra tensor", func(o, d []abi.Tensor) ([]abi.Tensor, []abi.Tensor) {
			return o, append(d, abi.Tensor{Name: "e", DType: abi.U8})
		}},
		{"missing tensor", func(o, d []abi.Tensor) ([]abi.Tensor, []abi.Tensor) { return o, nil }},
	}
	for _, tc := range tests {
		o, d := base()
		o, d = tc.change(o, d)
		if ResultHash(o, d) == ref {
			t.Errorf("%s: hash did not change", tc.name)
		}
	}
}

func TestNaNPayloadsHashAsCanonical(t *testing.T) {
	nan64 := []uint64{0x7ff8000000000000, 0xfff8000000000000, 0x7ff0000000000001, 0xfff0000000000001,
		0x7ff4000000000000, 0x7fffffffffffffff, 0xffffffffffffffff, 0x7ff8dead0000beef}
	nan32 := []uint32{0x7fc00000, 0xffc00000, 0x7f800001, 0xff800001, 0x7fa00000, 0x7fffffff, 0xffffffff, 0xfff00002, 0x7fe00001}
	want64 := ResultHash([]abi.Tensor{{Name: "x", DType: abi.F64, Shape: []int64{1}, Data: bits64(abi.CanonicalNaN64)}}, nil)
	for _, v := range nan64 {
		x := abi.Tensor{Name: "x", DType: abi.F64, Shape: []int64{1}, Data: bits64(v)}
		if got := ResultHash([]abi.Tensor{x}, nil); got != want64 {
			t.Errorf("f64 NaN %#x hashes differently from the canonical NaN", v)
		}
		if DataSHA256(&x) != DataSHA256(&abi.Tensor{DType: abi.F64, Data: bits64(abi.CanonicalNaN64)}) {
			t.Errorf("f64 NaN %#x: DataSHA256 differs", v)
		}
		if binary.LittleEndian.Uint64(x.Data) != v {
			t.Errorf("hashing modified the tensor's data")
		}
	}
	want32 := ResultHash([]abi.Tensor{{Name: "x", DType: abi.F32, Shape: []int64{1}, Data: bits32(abi.CanonicalNaN32)}}, nil)
	for _, v := range nan32 {
		if got := ResultHash([]abi.Tensor{{Name: "x", DType: abi.F32, Shape: []int64{1}, Data: bits32(v)}}, nil); got != want32 {
			t.Errorf("f32 NaN %#x hashes differently from the canonical NaN", v)
		}
	}
	// Infinities and integers with NaN-like bits are not NaNs.
	for _, v := range []uint64{0x7ff0000000000000, 0xfff0000000000000} {
		if ResultHash([]abi.Tensor{{Name: "x", DType: abi.F64, Shape: []int64{1}, Data: bits64(v)}}, nil) == want64 {
			t.Errorf("f64 infinity %#x hashes as NaN", v)
		}
	}
	if ResultHash([]abi.Tensor{{Name: "x", DType: abi.F32, Shape: []int64{1}, Data: bits32(0x7f800000)}}, nil) == want32 {
		t.Error("f32 +Inf hashes as NaN")
	}
	i1 := abi.Tensor{Name: "x", DType: abi.I64, Shape: []int64{1}, Data: bits64(0xfff8000000000001)}
	i2 := abi.Tensor{Name: "x", DType: abi.I64, Shape: []int64{1}, Data: bits64(0x7ff8000000000000)}
	if ResultHash([]abi.Tensor{i1}, nil) == ResultHash([]abi.Tensor{i2}, nil) {
		t.Error("i64 data was canonicalised as if it were f64")
	}
}

// TestNaNAcrossChunks: canonicalisation runs in 4 KiB chunks; NaNs on every
// side of a chunk boundary must still be replaced.
func TestNaNAcrossChunks(t *testing.T) {
	for _, dt := range []abi.DType{abi.F64, abi.F32} {
		n := 3*4096/dt.Size() + 5
		raw := make([]byte, n*dt.Size())
		canon := make([]byte, len(raw))
		for i := 0; i < n; i++ {
			if dt == abi.F64 {
				v, c := math.Float64bits(float64(i)), math.Float64bits(float64(i))
				if i%7 == 0 || i == 511 || i == 512 {
					v, c = 0xfff0000000000000|uint64(i+1), abi.CanonicalNaN64
				}
				binary.LittleEndian.PutUint64(raw[8*i:], v)
				binary.LittleEndian.PutUint64(canon[8*i:], c)
			} else {
				v, c := math.Float32bits(float32(i)), math.Float32bits(float32(i))
				if i%7 == 0 || i == 1023 || i == 1024 {
					v, c = 0xff800000|uint32(i+1), abi.CanonicalNaN32
				}
				binary.LittleEndian.PutUint32(raw[4*i:], v)
				binary.LittleEndian.PutUint32(canon[4*i:], c)
			}
		}
		x := abi.Tensor{Name: "x", DType: dt, Shape: []int64{int64(n)}, Data: raw}
		y := abi.Tensor{Name: "x", DType: dt, Shape: []int64{int64(n)}, Data: canon}
		if ResultHash([]abi.Tensor{x}, nil) != ResultHash([]abi.Tensor{y}, nil) || DataSHA256(&x) != DataSHA256(&y) {
			t.Errorf("%s: NaNs across chunks not canonicalised", dt)
		}
		sum := sha256.Sum256(canon)
		if DataSHA256(&x) != hex.EncodeToString(sum[:]) {
			t.Errorf("%s: DataSHA256 is not sha256 of the canonical data", dt)
		}
	}
}

func TestSignedZerosDiffer(t *testing.T) {
	p := abi.FromFloat64s("x", []int64{1}, []float64{0})
	m := abi.FromFloat64s("x", []int64{1}, []float64{math.Copysign(0, -1)})
	if ResultHash([]abi.Tensor{p}, nil) == ResultHash([]abi.Tensor{m}, nil) {
		t.Error("f64 +0 and -0 hash alike")
	}
	p32 := abi.Tensor{Name: "x", DType: abi.F32, Shape: []int64{1}, Data: bits32(0)}
	m32 := abi.Tensor{Name: "x", DType: abi.F32, Shape: []int64{1}, Data: bits32(0x80000000)}
	if ResultHash([]abi.Tensor{p32}, nil) == ResultHash([]abi.Tensor{m32}, nil) {
		t.Error("f32 +0 and -0 hash alike")
	}
}

func TestInputCommitmentDomainSeparation(t *testing.T) {
	a := []abi.Tensor{abi.FromFloat64s("X", []int64{2}, []float64{1, 2})}
	b := []abi.Tensor{{Name: "w", DType: abi.U8, Shape: []int64{1}, Data: []byte{7}}}
	if InputCommitment(a, b) == ResultHash(a, b) {
		t.Error("InputCommitment equals ResultHash on the same tensors")
	}
	if InputCommitment(nil, nil) == ResultHash(nil, nil) {
		t.Error("empty InputCommitment equals empty ResultHash")
	}
	// Same encoding, other domain: check the commitment by hand too.
	var enc []byte
	enc = append(enc, "dml-inputs-v1\n"...)
	enc = binary.LittleEndian.AppendUint32(enc, 0)
	sum := sha256.Sum256(enc)
	if got := InputCommitment(nil, nil); got != hex.EncodeToString(sum[:]) {
		t.Errorf("empty InputCommitment = %s, want %x", got, sum)
	}
	if InputCommitment(a, b) == InputCommitment(b, a) {
		t.Error("InputCommitment does not bind the kind (input vs model)")
	}
}
