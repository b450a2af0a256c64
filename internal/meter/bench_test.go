package meter

import (
	"context"
	"github.com/decentralized-ml/dml/gas"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"

	"github.com/decentralized-ml/dml/abi"
)

// workload is one module of the metering benchmarks: its export "run"
// takes one i32 argument.
type workload struct {
	name      string
	file      string // testdata/*.wasm, or "" for the Go guest
	arg       uint64 // benchmark size
	small     uint64 // test size
	wantSmall uint64 // run(small), low 32 bits
}

var workloads = []workload{
	{name: "loop", file: "bench_loop.wasm", arg: 20_000_000, small: 1000, wantSmall: loopResult(1000)},
	{name: "matmul", file: "bench_matmul.wasm", arg: 64, small: 8, wantSmall: matmulTrace(8)},
	{name: "fib", file: "bench_fib.wasm", arg: 27, small: 15, wantSmall: 610},
	{name: "go", arg: 3000, small: 200},
}

func loopResult(n uint32) uint64 {
	var acc uint32
	for i := uint32(0); i < n; i++ {
		acc = (acc*31 + i) ^ (acc >> 3)
	}
	return uint64(acc)
}

func matmulTrace(n int) uint64 {
	var tr float64
	for i := 0; i < n; i++ {
		for k := 0; k < n; k++ {
			tr += float64(i+k) * float64(k-i)
		}
	}
	return uint64(uint32(int32(tr)))
}

var goWork struct {
	once sync.Once
	wasm []byte
}

func (w workload) bytes(tb testing.TB) []byte {
	if w.file != "" {
		return readTestdata(tb, w.file)
	}
	goWork.once.Do(func() { goWork.wasm = buildGo(tb, "./testdata/gowork") })
	if goWork.wasm == nil {
		tb.Fatal("the Go workload did not build")
	}
	return goWork.wasm
}

// runner calls a workload's run on one instance.
type runner struct {
	fn  api.Function
	gas api.MutableGlobal // nil when unmetered
}

// newRunner instantiates wasm (already instrumented when metered) in r,
// which must have WASI instantiated, and runs _initialize if exported.
func newRunner(tb testing.TB, ctx context.Context, r wazero.Runtime, wasm []byte, metered bool) *runner {
	tb.Helper()
	mod, err := r.InstantiateWithConfig(ctx, wasm, wazero.NewModuleConfig().WithStartFunctions().WithName(""))
	if err != nil {
		tb.Fatal(err)
	}
	rn := &runner{fn: mod.ExportedFunction("run")}
	if metered {
		rn.gas = mod.ExportedGlobal(abi.ExportGas).(api.MutableGlobal)
		rn.gas.Set(1 << 62)
	}
	if init := mod.ExportedFunction(abi.ExportInitialize); init != nil {
		if _, err := init.Call(ctx); err != nil {
			tb.Fatal(err)
		}
	}
	return rn
}

// run calls run(arg) with 2^62 gas and returns its result and the gas used.
func (rn *runner) run(ctx context.Context, arg uint64) (uint64, uint64, error) {
	const gas = 1 << 62
	if rn.gas != nil {
		rn.gas.Set(gas)
	}
	res, err := rn.fn.Call(ctx, arg)
	if err != nil {
		return 0, 0, err
	}
	used := uint64(0)
	if rn.gas != nil {
		used = gas - rn.gas.Get()
	}
	return res[0], used, nil
}

// TestWorkloads: each benchmark workload gives the same result metered and
// unmetered, and the same gas on both engines.
func TestWorkloads(t *testing.T) {
	ctx := context.Background()
	for _, w := range workloads {
		t.Run(w.name, func(t *testing.T) {
			raw := w.bytes(t)
			metered, err := Instrument(raw, gas.Default())
			if err != nil {
				t.Fatal(err)
			}
			gas := map[string]uint64{}
			for _, e := range engines {
				r := wazero.NewRuntimeWithConfig(ctx, e.cfg())
				defer r.Close(ctx)
				wasi_snapshot_preview1.MustInstantiate(ctx, r)
				want, _, err := newRunner(t, ctx, r, raw, false).run(ctx, w.small)
				if err != nil {
					t.Fatal(err)
				}
				if w.file != "" && uint32(want) != uint32(w.wantSmall) {
					t.Fatalf("%s: unmetered run(%d) = %d, want %d", e.name, w.small, uint32(want), uint32(w.wantSmall))
				}
				got, used, err := newRunner(t, ctx, r, metered, true).run(ctx, w.small)
				if err != nil || got != want || used == 0 {
					t.Fatalf("%s: metered run(%d) = %d (gas %d, err %v), unmetered %d", e.name, w.small, got, used, err, want)
				}
				gas[e.name] = used
			}
			if gas["compiler"] != gas["interpreter"] {
				t.Fatalf("gas differs between engines: %v", gas)
			}
			t.Logf("run(%d): %d gas", w.small, gas["compiler"])
		})
	}
}

func benchmarkWorkloads(b *testing.B, metered bool) {
	ctx := context.Background()
	r := wazero.NewRuntimeWithConfig(ctx, wazero.NewRuntimeConfigCompiler())
	defer r.Close(ctx)
	wasi_snapshot_preview1.MustInstantiate(ctx, r)
	for _, w := range workloads {
		wasm := w.bytes(b)
		if metered {
			var err error
			if wasm, err = Instrument(wasm, gas.Default()); err != nil {
				b.Fatal(err)
			}
		}
		rn := newRunner(b, ctx, r, wasm, metered)
		b.Run(w.name, func(b *testing.B) {
			for b.Loop() {
				if _, _, err := rn.run(ctx, w.arg); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkMetered and BenchmarkUnmetered run the workloads on the
// compiler with and without instrumentation; compare them side by side
// (benchstat, or the calibrate command's overhead table).
func BenchmarkMetered(b *testing.B)   { benchmarkWorkloads(b, true) }
func BenchmarkUnmetered(b *testing.B) { benchmarkWorkloads(b, false) }

// BenchmarkOverhead runs each workload unmetered then metered in every
// iteration, on the compiler, and reports metered/unmetered time as the
// metric "ratio": pairing the runs keeps a noisy machine's drift out of it.
func BenchmarkOverhead(b *testing.B) {
	ctx := context.Background()
	r := wazero.NewRuntimeWithConfig(ctx, wazero.NewRuntimeConfigCompiler())
	defer r.Close(ctx)
	wasi_snapshot_preview1.MustInstantiate(ctx, r)
	for _, w := range workloads {
		raw := w.bytes(b)
		metered, err := Instrument(raw, gas.Default())
		if err != nil {
			b.Fatal(err)
		}
		plain, gassed := newRunner(b, ctx, r, raw, false), newRunner(b, ctx, r, metered, true)
		b.Run(w.name, func(b *testing.B) {
			var ratios []float64
			var gasUsed uint64
			for b.Loop() {
				t0 := time.Now()
				if _, _, err := plain.run(ctx, w.arg); err != nil {
					b.Fatal(err)
				}
				t1 := time.Now()
				_, used, err := gassed.run(ctx, w.arg)
				if err != nil {
					b.Fatal(err)
				}
				ratios = append(ratios, float64(time.Since(t1))/float64(t1.Sub(t0)))
				gasUsed = used
			}
			slices.Sort(ratios)
			b.ReportMetric(ratios[len(ratios)/2], "ratio")
			b.ReportMetric(float64(gasUsed), "gas/op")
		})
	}
}
