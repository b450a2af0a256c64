package langtest

import (
	"context"
	"testing"

	"github.com/decentralized-ml/dml/abi"
)

// BenchmarkLinregLanguages runs linreg (2000 epochs on the 200×3 sample,
// compiler engine, compiled module cached) in each language.
func BenchmarkLinregLanguages(b *testing.B) {
	for _, lang := range langs {
		b.Run(lang, func(b *testing.B) {
			m := linregModule(b, lang)
			e := newEngine(b, b.TempDir())
			job := linregJob(b, `{"epochs": 2000, "lr": 0.1}`, nil)
			ctx := context.Background()
			mod, err := e.Compile(ctx, m) // outside the timed loop
			if err != nil {
				b.Fatal(err)
			}
			defer mod.Close(ctx)
			var gas uint64
			for b.Loop() {
				res, err := mod.Run(ctx, job)
				if err != nil {
					b.Fatal(err)
				}
				if res.Status != abi.StatusOK {
					b.Fatalf("%s: %s", res.Status, res.Error)
				}
				gas = res.GasUsed
			}
			b.ReportMetric(float64(gas), "gas/op")
			b.ReportMetric(float64(len(m)), "module-bytes")
		})
	}
}

// BenchmarkStartLanguages measures, per language, the time from module
// bytes to a module ready to run (check, instrument, compile, instantiate,
// dml_abi_version): cold with an empty compilation cache, cached with the
// on-disk cache of an earlier process (a new Engine on a warm home).
func BenchmarkStartLanguages(b *testing.B) {
	for _, lang := range langs {
		b.Run(lang+"/cold", func(b *testing.B) {
			m := linregModule(b, lang)
			ctx := context.Background()
			for b.Loop() {
				e := newEngine(b, b.TempDir())
				if _, err := e.Inspect(ctx, m); err != nil {
					b.Fatal(err)
				}
				e.Close(ctx)
			}
			b.ReportMetric(float64(len(m)), "module-bytes")
		})
		b.Run(lang+"/cached", func(b *testing.B) {
			m := linregModule(b, lang)
			ctx := context.Background()
			home := b.TempDir()
			warm := newEngine(b, home)
			if _, err := warm.Inspect(ctx, m); err != nil {
				b.Fatal(err)
			}
			warm.Close(ctx)
			for b.Loop() {
				e := newEngine(b, home)
				if _, err := e.Inspect(ctx, m); err != nil {
					b.Fatal(err)
				}
				e.Close(ctx)
			}
			b.ReportMetric(float64(len(m)), "module-bytes")
		})
	}
}
