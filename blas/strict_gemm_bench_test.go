package blas

import (
	"fmt"
	"math"
	"testing"
	"time"
)

// BenchmarkDgemm512 compares every backend of the build on C = A·B + C,
// 512³, run in turn each iteration; GFLOP/s come from the fastest run of
// each, so a busy machine slows all alike. strict/fast is the issue's
// ratio (goal ≥ 0.8).
func BenchmarkDgemm512(b *testing.B) {
	const n = 512
	backs := []Backend{strictPortable()}
	for _, name := range Names() {
		back, _ := ByName(name)
		backs = append(backs, back)
	}
	g := lcg(5)
	x, y, c := g.f64s(n*n), g.f64s(n*n), make([]float64, n*n)
	best := make([]time.Duration, len(backs))
	for b.Loop() {
		for i, back := range backs {
			t0 := time.Now()
			back.Dgemm(NoTrans, NoTrans, n, n, n, 1, x, n, y, n, 1, c, n)
			if d := time.Since(t0); best[i] == 0 || d < best[i] {
				best[i] = d
			}
		}
	}
	gflops := func(d time.Duration) float64 { return 2 * math.Pow(n, 3) / d.Seconds() / 1e9 }
	rate := map[string]float64{}
	for i, back := range backs {
		name := back.Name()
		if i == 0 {
			name = "strict-portable"
		}
		rate[name] = gflops(best[i])
		b.ReportMetric(rate[name], name+"-GFLOP/s")
	}
	b.ReportMetric(rate[NameStrict]/rate[NameFast], "strict/fast")
	if r, ok := rate["openblas"]; ok {
		b.ReportMetric(rate[NameStrict]/r, "strict/openblas")
	}
}

// BenchmarkDgemmSizes shows strict vs fast on smaller products.
func BenchmarkDgemmSizes(b *testing.B) {
	for _, n := range []int{16, 64, 128} {
		for _, back := range []Backend{Strict(), Fast()} {
			b.Run(fmt.Sprintf("%s/%d", back.Name(), n), func(b *testing.B) {
				g := lcg(5)
				x, y, c := g.f64s(n*n), g.f64s(n*n), make([]float64, n*n)
				for b.Loop() {
					back.Dgemm(NoTrans, NoTrans, n, n, n, 1, x, n, y, n, 1, c, n)
				}
				b.ReportMetric(2*math.Pow(float64(n), 3)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
			})
		}
	}
}

// BenchmarkLevel12 times the level-1 and level-2 kernels of strict and fast
// (1e6-element vectors, a 1000×1000 matrix); SetBytes gives MB/s.
func BenchmarkLevel12(b *testing.B) {
	const n, m = 1000000, 1000
	g := lcg(8)
	x, y, a := g.f64s(n), g.f64s(n), g.f64s(m*m)
	for _, back := range []Backend{Strict(), Fast()} {
		for _, k := range []struct {
			name  string
			bytes int64
			run   func()
		}{
			{"ddot", 16 * n, func() { back.Ddot(n, x, 1, y, 1) }},
			{"dnrm2", 8 * n, func() { back.Dnrm2(n, x, 1) }},
			{"dasum", 8 * n, func() { back.Dasum(n, x, 1) }},
			{"daxpy", 24 * n, func() { back.Daxpy(n, 1e-9, x, 1, y, 1) }},
			{"dgemv", 8 * m * m, func() { back.Dgemv(NoTrans, m, m, 1, a, m, x[:m], 1, 0, y[:m], 1) }},
			{"dgemvT", 8 * m * m, func() { back.Dgemv(Trans, m, m, 1, a, m, x[:m], 1, 0, y[:m], 1) }},
			{"dger", 16 * m * m, func() { back.Dger(m, m, 1e-9, x[:m], 1, y[:m], 1, a, m) }},
		} {
			b.Run(back.Name()+"/"+k.name, func(b *testing.B) {
				b.SetBytes(k.bytes)
				for b.Loop() {
					k.run()
				}
			})
		}
	}
}
