// Command calibrate measures nanoseconds per instruction class on this
// machine and proposes a gas cost table: one loop per class, unmetered, on
// wazero's compiler, minus the loop overhead and the known cost of the
// instructions that keep the stack balanced. It then reports how evenly
// nanoseconds per gas spread across the benchmark workloads under the
// current and the proposed table, and the metering overhead of each.
// Run it from the repository root: go run ./runtime/meter/calibrate.
// It needs wat2wasm (Debian package wabt) and the go tool.
package main

import (
	"context"
	"flag"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/runtime/meter"
)

// probe is one class microbenchmark: a pattern repeated in a loop, and
// how many instructions of other classes it holds besides one of its own.
type probe struct {
	class   meter.Class
	name    string
	pattern string
	others  map[meter.Class]float64
}

// probes, in the order they are solved: each one's extras are measured
// by an earlier probe.
var probes = []probe{
	{meter.ClassLocal, "local", "local.get $a local.set $a", map[meter.Class]float64{meter.ClassLocal: 1}},
	{meter.ClassConst, "const", "i32.const 7 local.set $a", map[meter.Class]float64{meter.ClassLocal: 1}},
	{meter.ClassInt, "int", "local.get $a i32.const 3 i32.add local.set $a", map[meter.Class]float64{meter.ClassLocal: 2, meter.ClassConst: 1}},
	{meter.ClassIntMul, "intmul", "local.get $a i32.const 3 i32.mul local.set $a", map[meter.Class]float64{meter.ClassLocal: 2, meter.ClassConst: 1}},
	{meter.ClassIntDiv, "intdiv", "local.get $a i32.const 3 i32.div_u i32.const 7 i32.add local.set $a", map[meter.Class]float64{meter.ClassLocal: 2, meter.ClassConst: 2, meter.ClassInt: 1}},
	{meter.ClassFloat, "float", "local.get $c f64.const 1.5 f64.add local.set $c", map[meter.Class]float64{meter.ClassLocal: 2, meter.ClassConst: 1}},
	{meter.ClassFloatDiv, "floatdiv", "local.get $c f64.const 1.5 f64.div local.set $c", map[meter.Class]float64{meter.ClassLocal: 2, meter.ClassConst: 1}},
	{meter.ClassConvert, "convert", "local.get $a f64.convert_i32_s local.set $c", map[meter.Class]float64{meter.ClassLocal: 2}},
	{meter.ClassLoad, "load", "local.get $a i32.load offset=64 local.set $a", map[meter.Class]float64{meter.ClassLocal: 2}},
	{meter.ClassStore, "store", "local.get $a local.get $a i32.store offset=64", map[meter.Class]float64{meter.ClassLocal: 2}},
	{meter.ClassGlobal, "global", "global.get $g i32.const 1 i32.add global.set $g", map[meter.Class]float64{meter.ClassGlobal: 1, meter.ClassConst: 1, meter.ClassInt: 1}},
	{meter.ClassControl, "control", "block local.get $a br_if 0 end", map[meter.Class]float64{meter.ClassLocal: 1}},
	{meter.ClassCall, "call", "call $nop", nil},
	{meter.ClassCallIndirect, "call_indirect", "i32.const 0 call_indirect (type $t)", map[meter.Class]float64{meter.ClassConst: 1}},
	{meter.ClassMemorySize, "memory.size", "memory.size local.set $a", map[meter.Class]float64{meter.ClassLocal: 1}},
	{meter.ClassSIMD, "simd", "local.get $v local.get $v i32x4.add local.set $v", map[meter.Class]float64{meter.ClassLocal: 3}},
	{meter.ClassSIMDMemory, "simd memory", "local.get $a v128.load offset=64 local.set $v", map[meter.Class]float64{meter.ClassLocal: 2}},
}

const (
	repeat = 32        // patterns per iteration
	iters  = 1_000_000 // iterations per measurement
)

func probeWat(pattern string) string {
	body := strings.Repeat(pattern+"\n", repeat)
	return `(module
  (type $t (func))
  (memory 1)
  (table 1 funcref)
  (elem (i32.const 0) $nop)
  (global $g (mut i32) (i32.const 0))
  (func $nop)
  (func (export "run") (param $n i32) (result i32)
    (local $a i32) (local $c f64) (local $v v128)
    loop $top
` + body + `      local.get $n i32.const 1 i32.sub local.tee $n br_if $top
    end
    local.get $a))`
}

func main() {
	dir := flag.String("testdata", filepath.Join("runtime", "meter", "testdata"), "folder of the benchmark workloads")
	rounds := flag.Int("rounds", 7, "measurements per figure (the median is kept)")
	flag.Parse()
	if err := run(*dir, *rounds); err != nil {
		fmt.Fprintln(os.Stderr, "calibrate:", err)
		os.Exit(1)
	}
}

func run(dir string, rounds int) error {
	ctx := context.Background()
	r := wazero.NewRuntimeWithConfig(ctx, wazero.NewRuntimeConfigCompiler())
	defer r.Close(ctx)
	wasi_snapshot_preview1.MustInstantiate(ctx, r)

	base, err := probeNs(ctx, r, "", rounds)
	if err != nil {
		return err
	}
	ns := map[meter.Class]float64{}
	fmt.Printf("loop overhead: %.2f ns per iteration\n\n%-14s %10s\n", base*repeat, "class", "ns/instr")
	for _, p := range probes {
		t, err := probeNs(ctx, r, p.pattern, rounds)
		if err != nil {
			return fmt.Errorf("%s: %w", p.name, err)
		}
		v := t - base
		for c, n := range p.others {
			v -= n * ns[c]
		}
		if p.others[p.class] > 0 { // the pattern holds several of its own class
			v = (t - base) / (1 + p.others[p.class])
		}
		ns[p.class] = math.Max(v, 0.01)
		fmt.Printf("%-14s %10.3f\n", p.name, ns[p.class])
	}
	proposed := proposeTable(ns)
	fmt.Printf("\nproposed costs (Int = 1):\n")
	for _, p := range probes {
		fmt.Printf("  %-14s %d\n", p.name, proposed.Costs[p.class])
	}
	fmt.Println()
	return spread(ctx, r, dir, rounds, proposed)
}

// probeNs is the median time of one pattern, in ns.
func probeNs(ctx context.Context, r wazero.Runtime, pattern string, rounds int) (float64, error) {
	wasm, err := wat2wasm(probeWat(pattern))
	if err != nil {
		return 0, err
	}
	mod, err := r.InstantiateWithConfig(ctx, wasm, wazero.NewModuleConfig().WithName(""))
	if err != nil {
		return 0, err
	}
	defer mod.Close(ctx)
	fn := mod.ExportedFunction("run")
	d, err := median(rounds, func() error { _, err := fn.Call(ctx, iters); return err })
	return float64(d.Nanoseconds()) / float64(iters*repeat), err
}

func median(rounds int, f func() error) (time.Duration, error) {
	ds := make([]time.Duration, 0, rounds)
	for range rounds {
		t := time.Now()
		if err := f(); err != nil {
			return 0, err
		}
		ds = append(ds, time.Since(t))
	}
	slices.Sort(ds)
	return ds[len(ds)/2], nil
}

// proposeTable scales the measured ns so that the Int class costs 1 and
// rounds to integers ≥ 1; free, dynamic and table classes keep the default.
func proposeTable(ns map[meter.Class]float64) *meter.CostTable {
	t := meter.DefaultTable()
	t.Version = "proposed"
	unit := ns[meter.ClassInt]
	for c, v := range ns {
		t.Costs[c] = uint64(math.Max(1, math.Round(v/unit)))
	}
	return t
}

// workload is a benchmark module with its argument.
type workload struct {
	name string
	wasm []byte
	arg  uint64
}

func loadWorkloads(dir string) ([]workload, error) {
	var ws []workload
	for _, w := range []struct {
		name string
		arg  uint64
	}{{"loop", 20_000_000}, {"matmul", 64}, {"fib", 27}} {
		b, err := os.ReadFile(filepath.Join(dir, "bench_"+w.name+".wasm"))
		if err != nil {
			return nil, fmt.Errorf("%w (run from the repository root, or pass -testdata)", err)
		}
		ws = append(ws, workload{w.name, b, w.arg})
	}
	tmp, err := os.MkdirTemp("", "calibrate")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	out := filepath.Join(tmp, "gowork.wasm")
	cmd := exec.Command("go", "build", "-buildmode=c-shared", "-o", out, "./"+filepath.Join(dir, "gowork"))
	cmd.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm")
	if msg, err := cmd.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("build the Go workload: %v\n%s", err, msg)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		return nil, err
	}
	return append(ws, workload{"go", b, 3000}), nil
}

// spread prints, per workload, the overhead of metering and ns per gas
// under the default and the proposed table, then the coefficient of
// variation and max/min of ns per gas.
func spread(ctx context.Context, r wazero.Runtime, dir string, rounds int, proposed *meter.CostTable) error {
	ws, err := loadWorkloads(dir)
	if err != nil {
		return err
	}
	tables := []*meter.CostTable{meter.DefaultTable(), proposed}
	perGas := make([][]float64, len(tables))
	logRatio := 0.0
	fmt.Printf("%-8s %12s %12s %9s", "workload", "unmetered", "metered", "overhead")
	for _, t := range tables {
		fmt.Printf(" %16s", "ns/gas "+t.Version)
	}
	fmt.Println()
	for _, w := range ws {
		plain, err := instance(ctx, r, w.wasm, nil)
		if err != nil {
			return fmt.Errorf("%s: %w", w.name, err)
		}
		var plainD, meteredD time.Duration
		var gas []uint64
		for i, t := range tables {
			m, err := instance(ctx, r, w.wasm, t)
			if err != nil {
				return fmt.Errorf("%s: %w", w.name, err)
			}
			var used uint64
			d, err := median(rounds, func() error { _, err := m.run(ctx, w.arg); return err })
			if err != nil {
				return err
			}
			if used, err = m.run(ctx, w.arg); err != nil {
				return err
			}
			if i == 0 {
				meteredD = d
			}
			gas = append(gas, used)
		}
		if plainD, err = median(rounds, func() error { _, err := plain.run(ctx, w.arg); return err }); err != nil {
			return err
		}
		ratio := float64(meteredD) / float64(plainD)
		logRatio += math.Log(ratio)
		fmt.Printf("%-8s %12v %12v %8.3fx", w.name, plainD.Round(time.Microsecond), meteredD.Round(time.Microsecond), ratio)
		for i, g := range gas {
			v := float64(plainD.Nanoseconds()) / float64(g)
			perGas[i] = append(perGas[i], v)
			fmt.Printf(" %16.4f", v)
		}
		fmt.Println()
	}
	fmt.Printf("\ngeometric mean overhead: %.3fx\n", math.Exp(logRatio/float64(len(ws))))
	for i, t := range tables {
		cv, mm := stats(perGas[i])
		fmt.Printf("ns/gas spread under %-12s CV %.2f, max/min %.2f\n", t.Version+":", cv, mm)
	}
	return nil
}

func stats(v []float64) (cv, maxMin float64) {
	var sum, sq float64
	for _, x := range v {
		sum += x
	}
	mean := sum / float64(len(v))
	for _, x := range v {
		sq += (x - mean) * (x - mean)
	}
	return math.Sqrt(sq/float64(len(v))) / mean, slices.Max(v) / slices.Min(v)
}

// runner is one instance of a workload; gas is nil when unmetered.
type runner struct {
	fn  api.Function
	gas api.MutableGlobal
}

func instance(ctx context.Context, r wazero.Runtime, wasm []byte, t *meter.CostTable) (*runner, error) {
	if t != nil {
		var err error
		if wasm, err = meter.Instrument(wasm, t); err != nil {
			return nil, err
		}
	}
	mod, err := r.InstantiateWithConfig(ctx, wasm, wazero.NewModuleConfig().WithStartFunctions().WithName(""))
	if err != nil {
		return nil, err
	}
	rn := &runner{fn: mod.ExportedFunction("run")}
	if t != nil {
		rn.gas = mod.ExportedGlobal(abi.ExportGas).(api.MutableGlobal)
		rn.gas.Set(1 << 62)
	}
	if init := mod.ExportedFunction(abi.ExportInitialize); init != nil {
		if _, err := init.Call(ctx); err != nil {
			return nil, err
		}
	}
	return rn, nil
}

// run calls run(arg) with 2^62 gas and returns the gas used.
func (rn *runner) run(ctx context.Context, arg uint64) (uint64, error) {
	if rn.gas != nil {
		rn.gas.Set(1 << 62)
	}
	if _, err := rn.fn.Call(ctx, arg); err != nil {
		return 0, err
	}
	if rn.gas == nil {
		return 0, nil
	}
	return 1<<62 - rn.gas.Get(), nil
}

func wat2wasm(wat string) ([]byte, error) {
	tool, err := exec.LookPath("wat2wasm")
	if err != nil {
		return nil, fmt.Errorf("wat2wasm not found: install Debian package wabt")
	}
	tmp, err := os.MkdirTemp("", "calibrate")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	in, out := filepath.Join(tmp, "p.wat"), filepath.Join(tmp, "p.wasm")
	if err := os.WriteFile(in, []byte(wat), 0o600); err != nil {
		return nil, err
	}
	if msg, err := exec.Command(tool, in, "-o", out).CombinedOutput(); err != nil {
		return nil, fmt.Errorf("wat2wasm: %v\n%s", err, msg)
	}
	return os.ReadFile(out)
}
