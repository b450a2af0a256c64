package meter

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"
)

func TestZZDump(t *testing.T) {
	for _, f := range []string{"bench_fib.wasm", "bench_loop.wasm", "bench_matmul.wasm"} {
		out, err := Instrument(readTestdata(t, f), DefaultTable())
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join("/tmp/exp", f), out, 0o644)
	}
}

// TestZZVariants times /tmp/exp/v_*.wasm (fib-shaped, run(27)) against raw fib.
func TestZZVariants(t *testing.T) {
	if os.Getenv("ZZBASE") == "" {
		t.Skip()
	}
	ctx := context.Background()
	r := wazero.NewRuntimeWithConfig(ctx, wazero.NewRuntimeConfigCompiler())
	defer r.Close(ctx)
	wasi_snapshot_preview1.MustInstantiate(ctx, r)
	raw := newRunner(t, ctx, r, readTestdata(t, os.Getenv("ZZBASE")), false)
	files, _ := filepath.Glob("/tmp/exp/v_*.wasm")
	arg := uint64(27)
	if os.Getenv("ZZARG") == "loop" {
		arg = 20_000_000
	}
	if os.Getenv("ZZARG") == "mm" {
		arg = 64
	}
	for _, f := range files {
		b, _ := os.ReadFile(f)
		v := newRunner(t, ctx, r, b, true)
		var ratios []float64
		for i := 0; i < 15; i++ {
			t0 := time.Now()
			raw.run(ctx, arg)
			t1 := time.Now()
			if _, _, err := v.run(ctx, arg); err != nil {
				t.Fatal(f, err)
			}
			ratios = append(ratios, float64(time.Since(t1))/float64(t1.Sub(t0)))
		}
		slices.Sort(ratios)
		t.Logf("%s: %.3f", filepath.Base(f), ratios[len(ratios)/2])
	}
}
