package main

import (
	"fmt"

	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/decentralized-ml/dml/abi"
)

// Roles of a workload in the calibration.
const (
	roleBenchmark = "benchmark" // the metering benchmarks: the spread the table is judged by
	roleProbe     = "probe"     // one instruction class in a loop: keeps every class sane
	roleKernel    = "kernel"    // another hot loop of ML code, fitted like the benchmarks
	roleHost      = "host"      // host BLAS calls: fit the host's gas per flop and per byte
	roleHeldOut   = "held out"  // measured and reported, never fitted
)

// workload is one module function the calibration runs.
type workload struct {
	name string
	role string
	wasm []byte
	fn   string
	args []uint64
	// host are the counts of the host columns of one call, computed from
	// the arguments as hostfuncs charges them.
	host [numHostColumns]float64
	// fresh: each measured call runs on a new instance, after one call
	// that warms it (a Go guest's first call grows its heap).
	fresh  bool
	inputs []abi.Tensor // the session's inputs
}

// Host columns, after the cost table's.
const (
	hostCall = iota
	hostKiloFlop
	hostKiloByte
	host8Bytes // each started 8 bytes a tensor or log call moves
	numHostColumns
)

const (
	probeRepeat = 32      // patterns per iteration
	probeIters  = 200_000 // iterations per run
)

// probes are one loop per instruction class, each a chain of dependent
// instructions whose result the function returns, so the compiler keeps
// them. Their counts are measured like every workload's, so the loop
// around the pattern needs no bookkeeping.
var probes = []struct{ name, pattern string }{
	{"local", "local.get $a local.set $a"},
	{"const", "i32.const 7 local.set $a"},
	{"int", "local.get $a i32.const 3 i32.add local.set $a"},
	{"intmul", "local.get $a i32.const 3 i32.mul local.set $a"},
	{"intdiv", "local.get $a i32.const 3 i32.div_u i32.const 7 i32.add local.set $a"},
	{"float", "local.get $c f64.const 1.5 f64.add local.set $c"},
	{"floatdiv", "local.get $c f64.const 1.5 f64.div local.set $c"},
	{"convert", "local.get $c i32.trunc_sat_f64_s f64.convert_i32_s local.set $c"},
	{"load", "local.get $a i32.load offset=64 local.set $a"},
	{"store", "local.get $a local.get $a i32.store offset=64"},
	{"global", "global.get $g i32.const 1 i32.add global.set $g"},
	{"control", "block local.get $a br_if 0 end"},
	{"call", "call $nop"},
	{"call_indirect", "i32.const 0 call_indirect (type $t)"},
	{"memory.size", "memory.size local.get $a i32.add local.set $a"},
	{"simd", "local.get $v local.get $v i32x4.add local.set $v"},
	{"simd memory", "local.get $a v128.load offset=64 local.get $v i32x4.add local.set $v"},
	{"memory.fill 16 B", "i32.const 0 local.get $a i32.const 16 memory.fill"},
	{"memory.fill 4 KiB", "i32.const 0 local.get $a i32.const 4096 memory.fill"},
	{"memory.copy 4 KiB", "i32.const 8192 i32.const 0 i32.const 4096 memory.copy"},
}

func probeWat(pattern string) string {
	body := strings.Repeat(pattern+"\n", probeRepeat)
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
    local.get $a
    local.get $c i32.trunc_sat_f64_s i32.add
    local.get $v i32x4.extract_lane 0 i32.add))`
}

// loadWorkloads reads the benchmark workloads from the meter's testdata
// (and builds its Go guest), the BLAS guest from the host functions'
// testdata, and assembles the probes.
func loadWorkloads(root string) ([]workload, error) {
	meterData := filepath.Join(root, "runtime", "meter", "testdata")
	read := func(path string) ([]byte, error) {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("%w (run from the repository root, or pass -root)", err)
		}
		return b, nil
	}
	var ws []workload
	for _, w := range []struct {
		name string
		arg  uint64
	}{{"loop", 20_000_000}, {"matmul", 64}, {"fib", 27}} {
		b, err := read(filepath.Join(meterData, "bench_"+w.name+".wasm"))
		if err != nil {
			return nil, err
		}
		ws = append(ws, workload{name: w.name, role: roleBenchmark, wasm: b, fn: "run", args: []uint64{w.arg}})
	}
	goWasm, err := buildGo(filepath.Join(meterData, "gowork"))
	if err != nil {
		return nil, err
	}
	ws = append(ws, workload{name: "go", role: roleBenchmark, wasm: goWasm, fn: "run", args: []uint64{3000}, fresh: true})

	for _, p := range probes {
		b, err := wat2wasm(probeWat(p.pattern))
		if err != nil {
			return nil, fmt.Errorf("probe %s: %w", p.name, err)
		}
		ws = append(ws, workload{name: p.name, role: roleProbe, wasm: b, fn: "run", args: []uint64{probeIters}})
	}

	blasWasm, err := read(filepath.Join(root, "hostfuncs", "testdata", "blas_bench.wasm"))
	if err != nil {
		return nil, err
	}
	const n, m = 1 << 18, 512
	host := func(flops, elems float64) [numHostColumns]float64 {
		return [numHostColumns]float64{1, flops / 1000, 8 * elems / 1000}
	}
	hostProbe, err := wat2wasm(`(module
  (import "dml" "gas_left" (func $gas_left (result i64)))
  (func (export "run") (param $n i32) (result i64) (local $s i64)
    loop $top
` + strings.Repeat("      call $gas_left local.get $s i64.add local.set $s\n", probeRepeat) + `      local.get $n i32.const 1 i32.sub local.tee $n br_if $top
    end
    local.get $s))`)
	if err != nil {
		return nil, err
	}
	const readIters, readBytes = 2000, 1 << 20
	readProbe, err := wat2wasm(`(module
  (import "dml" "tensor_read" (func $read (param i32 i32 i32 i32 i32) (result i32)))
  (memory 32)
  (data (i32.const 0) "x")
  (func (export "run") (param $n i32) (result i32) (local $s i32)
    loop $top
      i32.const 0 i32.const 0 i32.const 1 i32.const 65536 i32.const ` + fmt.Sprint(readBytes) + ` call $read
      local.get $s i32.add local.set $s
      local.get $n i32.const 1 i32.sub local.tee $n br_if $top
    end
    local.get $s))`)
	if err != nil {
		return nil, err
	}
	x := abi.Tensor{Name: "x", DType: abi.F64, Shape: []int64{readBytes / 8}, Data: make([]byte, readBytes)}
	ws = append(ws,
		workload{name: "host tensor_read", role: roleProbe, wasm: readProbe, fn: "run", args: []uint64{readIters},
			host: [numHostColumns]float64{hostCall: readIters, host8Bytes: readIters * readBytes / 8}, inputs: []abi.Tensor{x}},
		workload{name: "host gas_left", role: roleProbe, wasm: hostProbe, fn: "run", args: []uint64{probeIters},
			host: [numHostColumns]float64{hostCall: probeRepeat * probeIters}},
		workload{name: "host ddot 2^18", role: roleHost, wasm: blasWasm, fn: "ddot", args: []uint64{n}, host: host(2*n, 2*n)},
		workload{name: "host dcopy 2^18", role: roleHost, wasm: blasWasm, fn: "dcopy", args: []uint64{n}, host: host(0, 2*n)},
		workload{name: "host dgemm 512³", role: roleHost, wasm: blasWasm, fn: "dgemm512", host: host(2*m*m*m, 4*m*m)},
		workload{name: "wasm dot 2^18", role: roleKernel, wasm: blasWasm, fn: "wasm_dot", args: []uint64{n}},
	)
	held, err := read(filepath.Join(root, "runtime", "meter", "calibrate", "testdata", "heldout.wasm"))
	if err != nil {
		return nil, err
	}
	ws = append(ws,
		workload{name: "sort 3000", role: roleHeldOut, wasm: held, fn: "sort", args: []uint64{3000}},
		workload{name: "histogram 400000", role: roleHeldOut, wasm: held, fn: "histogram", args: []uint64{400_000}},
		workload{name: "saxpy 65536×16", role: roleHeldOut, wasm: held, fn: "saxpy", args: []uint64{65536}},
	)
	return ws, nil
}

func buildGo(dir string) ([]byte, error) {
	tmp, err := os.MkdirTemp("", "calibrate")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	out := filepath.Join(tmp, "gowork.wasm")
	cmd := exec.Command("go", "build", "-buildmode=c-shared", "-o", out, "./"+dir)
	cmd.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm")
	if msg, err := cmd.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("build the Go workload: %v\n%s", err, msg)
	}
	return os.ReadFile(out)
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
