package blas

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"hash"
	"math"
	"testing"
)

// goldenStrict are the sha256 of the strict outputs of goldenOutputs,
// computed on amd64 (AVX2) and checked on arm64 under qemu-user: the same
// bits on every CPU is the point of the strict backend.
var goldenStrict = map[string]string{
	"asum":    "eaec6729530768b99f71ed30966f40ade4c8c2eb7062e4d17b8ae451fce5ecaf",
	"asum32":  "1024807f317938de70cb347e82597ac31103d76882bbf7c82aaaf5e03f876d43",
	"axpy":    "f808761a001b462de98d1b2fcaaff7df73b01dd82692332ca2049edd1311c2e5",
	"axpy32":  "0148e5f488185b90d4761f3b0a8511545242b3fd7ac7d625e1af9d4d8f9a11f0",
	"copy":    "dab6cab68232f60c1bb4b208f668a350fab9710171f8fbc3366c6755d7b7ccc0",
	"copy32":  "97a37f900c529369507a67f10b55af68ac0bd5ccb4b3865c3f1673ead23cb200",
	"dot":     "592a8956d58ee0d0f85ddcce0a77586a091f4ea36cab7b3a28ef88811b395544",
	"dot32":   "78d3648e6ffae0667b18dca6166fbdb5edcd7e6cf12f054fcbfd2b6b8c70429f",
	"gemm":    "e724cd9d8afd453f3e6d517e145594b01dd9f6a37c63f0ac7dfe928c939f3c64",
	"gemm32":  "3eeaa39165e4ee765afca873e1cbd1e3a1898bcc189c1a4a11ece95e7293104a",
	"gemv":    "120cb6fd74bad1760844146f602f4df71c0ec04f8adceaa1a0cce030a5f0c711",
	"gemv32":  "4f3fa8fc593232dd061ab6e42aba5f7f1cb58246640b59be8d0fd49805e687b1",
	"ger":     "1da49513055027c9fda09ee318451ba2235715ffd3fdec76c4ac16999a0af94c",
	"ger32":   "248da020629e5a5d7a987b2431d0e46b85f288bc13f1a72f783530dea1ccefa9",
	"iamax":   "bd45ba992f2a7e03983c2febf56d241e4a4828d427d867e1361fc9cf38dc42ca",
	"nrm2":    "408f69073c820e2c8f20259c45539dc94ac4c4934606869e3a9737e40da698b5",
	"nrm2_32": "09a5a10103b064fa87c85a13d6c72dc9c4d087aa6f4378d41d034b8738a966e3",
	"scal":    "ee33a4735e750b6add89503382ddb4d0cb747f5bb4ef9d46d2f8206ff24f9166",
	"scal32":  "b15db1e991b15a6a5390c473c0cd680aaa47ff1531b512ec1c660adcb5d98697",
}

// goldenOutputs runs every strict function on fixed LCG inputs and hashes
// its outputs, per function.
func goldenOutputs(b Backend) map[string]string {
	hs := map[string]hash.Hash{}
	put := func(name string, v ...float64) {
		h, ok := hs[name]
		if !ok {
			h = sha256.New()
			hs[name] = h
		}
		var w [8]byte
		for _, x := range v {
			binary.LittleEndian.PutUint64(w[:], math.Float64bits(x))
			h.Write(w[:])
		}
	}
	put32 := func(name string, v ...float32) { put(name, widen(v)...) }
	g := lcg(2024)
	for _, c := range vecCases {
		incY := -(c.inc + sign(c.inc))
		x, y := g.f64s(extent(c.n, c.inc)), g.f64s(extent(c.n, incY))
		x32, y32 := to32(x), to32(y)
		put("dot", b.Ddot(c.n, x, c.inc, y, incY))
		put32("dot32", b.Sdot(c.n, x32, c.inc, y32, incY))
		put("nrm2", b.Dnrm2(c.n, x, c.inc))
		put32("nrm2_32", b.Snrm2(c.n, x32, c.inc))
		put("asum", b.Dasum(c.n, x, c.inc))
		put32("asum32", b.Sasum(c.n, x32, c.inc))
		put("iamax", float64(b.Idamax(c.n, x, c.inc)), float64(b.Isamax(c.n, x32, c.inc)))
		for _, op := range vecOps {
			y1, z1 := append([]float64(nil), y...), to32(y)
			op.run64(b, c.n, x, c.inc, y1, incY)
			op.run32(b, c.n, x32, c.inc, z1, incY)
			put(op.name, y1...)
			put32(op.name+"32", z1...)
		}
	}
	for _, c := range gemvCases {
		a, x, y := g.f64s(matLen(c.m, c.n, c.lda)), g.f64s(200), g.f64s(200)
		lx, ly := c.lens()
		ys, z := append([]float64(nil), y[:extent(ly, c.incY)]...), to32(y[:extent(ly, c.incY)])
		b.Dgemv(c.t, c.m, c.n, 0.5, a, c.lda, x[:extent(lx, c.incX)], c.incX, -2, ys, c.incY)
		b.Sgemv(c.t, c.m, c.n, 0.5, to32(a), c.lda, to32(x[:extent(lx, c.incX)]), c.incX, -2, z, c.incY)
		put("gemv", ys...)
		put32("gemv32", z...)
		a1, a2 := append([]float64(nil), a...), to32(a)
		b.Dger(c.m, c.n, 1.5, x[:extent(c.m, c.incX)], c.incX, y[:extent(c.n, c.incY)], c.incY, a1, c.lda)
		b.Sger(c.m, c.n, 1.5, to32(x[:extent(c.m, c.incX)]), c.incX, to32(y[:extent(c.n, c.incY)]), c.incY, a2, c.lda)
		put("ger", a1...)
		put32("ger32", a2...)
	}
	for _, c := range gemmCases {
		a, lda, bm, ldb, cm, ldc := gemmOperands(&g, c)
		c32 := to32(cm)
		b.Dgemm(c.tA, c.tB, c.m, c.n, c.k, c.alpha, a, lda, bm, ldb, c.beta, cm, ldc)
		b.Sgemm(c.tA, c.tB, c.m, c.n, c.k, float32(c.alpha), to32(a), lda, to32(bm), ldb, float32(c.beta), c32, ldc)
		put("gemm", cm...)
		put32("gemm32", c32...)
	}
	out := map[string]string{}
	for name, h := range hs {
		out[name] = hex.EncodeToString(h.Sum(nil))
	}
	return out
}

func TestStrictGoldenBits(t *testing.T) {
	for _, back := range []Backend{Strict(), strictPortable()} {
		got := goldenOutputs(back)
		if len(got) != len(goldenStrict) {
			t.Errorf("%d hashed functions, %d golden", len(got), len(goldenStrict))
		}
		for name, h := range got {
			if goldenStrict[name] != h {
				t.Errorf("%s: sha256 %s, golden %s", name, h, goldenStrict[name])
			}
		}
	}
}
