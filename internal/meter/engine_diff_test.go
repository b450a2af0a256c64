package meter

import (
	"bytes"
	"context"
	"github.com/decentralized-ml/dml/gas"
	"math"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"

	"github.com/decentralized-ml/dml/internal/wasmbin"
)

// outcome is what one engine observed running an instrumented module.
type outcome struct {
	instErr bool
	calls   []callOutcome
}

type callOutcome struct {
	fn      string
	trapped bool
	gas     uint64
	depth   uint64
	results []uint64
	memory  []byte
}

// diffGas is the gas each call of the differential fuzz gets.
const diffGas = 200_000

// runOnEngine instantiates wasm (already instrumented) in r,
// runs dml_start if present, then each exported function whose params are
// all numbers (with zero arguments, at most 4 functions), with diffGas each.
func runOnEngine(ctx context.Context, r wazero.Runtime, wasm []byte, hasMemory bool) outcome {
	var o outcome
	compiled, err := r.CompileModule(ctx, wasm)
	if err != nil {
		o.instErr = true
		return o
	}
	defer compiled.Close(ctx)
	mod, err := r.InstantiateModule(ctx, compiled, wazero.NewModuleConfig().WithStartFunctions().WithName(""))
	if err != nil {
		o.instErr = true
		return o
	}
	defer mod.Close(ctx)
	gas := mod.ExportedGlobal("dml_gas").(api.MutableGlobal)
	depth := mod.ExportedGlobal(ExportDepth).(api.MutableGlobal)
	var names []string
	for name, def := range compiled.ExportedFunctions() {
		if name == ExportStart {
			continue
		}
		ok := true
		for _, p := range def.ParamTypes() {
			switch p {
			case api.ValueTypeI32, api.ValueTypeI64, api.ValueTypeF32, api.ValueTypeF64:
			default:
				ok = false
			}
		}
		if ok {
			names = append(names, name)
		}
	}
	slices.Sort(names) // map order is random
	names = names[:min(len(names), 4)]
	if mod.ExportedFunction(ExportStart) != nil {
		names = append([]string{ExportStart}, names...)
	}
	for _, name := range names {
		fn := mod.ExportedFunction(name)
		gas.Set(diffGas)
		depth.Set(0)
		res, err := fn.Call(ctx, make([]uint64, len(fn.Definition().ParamTypes()))...)
		c := callOutcome{fn: name, trapped: err != nil, gas: gas.Get(), depth: depth.Get()}
		if err == nil {
			c.results = canonicalResults(res, fn.Definition().ResultTypes())
		}
		if mem := mod.Memory(); hasMemory {
			if b, ok := mem.Read(0, mem.Size()); ok {
				c.memory = append([]byte(nil), b...)
			}
		}
		o.calls = append(o.calls, c)
	}
	return o
}

// canonicalResults replaces NaN results (returned to the host, never
// stored) by the canonical NaN.
func canonicalResults(res []uint64, types []api.ValueType) []uint64 {
	out := append([]uint64(nil), res...)
	for i, t := range types {
		switch {
		case t == api.ValueTypeF32 && math.IsNaN(float64(math.Float32frombits(uint32(out[i])))):
			out[i] = uint64(CanonicalNaN32)
		case t == api.ValueTypeF64 && math.IsNaN(math.Float64frombits(out[i])):
			out[i] = CanonicalNaN64
		}
	}
	return out
}

func diffOutcomes(t *testing.T, a, b outcome) {
	t.Helper()
	if a.instErr != b.instErr || len(a.calls) != len(b.calls) {
		t.Fatalf("instantiation differs: compiler %v (%d calls), interpreter %v (%d calls)", a.instErr, len(a.calls), b.instErr, len(b.calls))
	}
	for i := range a.calls {
		x, y := a.calls[i], b.calls[i]
		if x.fn != y.fn || x.trapped != y.trapped || x.gas != y.gas || x.depth != y.depth {
			t.Fatalf("call %q: compiler trapped=%v gas=%d depth=%d, interpreter %q trapped=%v gas=%d depth=%d",
				x.fn, x.trapped, x.gas, x.depth, y.fn, y.trapped, y.gas, y.depth)
		}
		if len(x.results) != len(y.results) {
			t.Fatalf("call %q: results %v vs %v", x.fn, x.results, y.results)
		}
		for j := range x.results {
			if x.results[j] != y.results[j] {
				t.Fatalf("call %q: results %#x vs %#x", x.fn, x.results, y.results)
			}
		}
		if !bytes.Equal(x.memory, y.memory) {
			t.Fatalf("call %q: memory differs between engines", x.fn)
		}
	}
}

// FuzzEngineDiff: a module that decodes and validates, once instrumented,
// behaves identically on the compiler and the interpreter: same traps, gas
// left, depth, results (NaNs canonical) and memory.
func FuzzEngineDiff(f *testing.F) {
	for _, dir := range []string{"testdata", filepath.Join("..", "..", "internal", "wasmbin", "testdata")} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.wasm"))
		for _, file := range files {
			if b, err := os.ReadFile(file); err == nil && len(b) < 8192 {
				f.Add(b)
			}
		}
	}
	ctx := context.Background()
	comp := wazero.NewRuntimeWithConfig(ctx, wazero.NewRuntimeConfigCompiler().WithMemoryLimitPages(256))
	interp := wazero.NewRuntimeWithConfig(ctx, wazero.NewRuntimeConfigInterpreter().WithMemoryLimitPages(256))
	defer comp.Close(ctx)
	defer interp.Close(ctx)
	table := gas.Default()
	f.Fuzz(func(t *testing.T, b []byte) {
		if len(b) > 8192 {
			return
		}
		m, err := wasmbin.Decode(b)
		if err != nil || len(m.Imports) > 0 {
			return
		}
		if c, err := interp.CompileModule(ctx, b); err != nil {
			return
		} else {
			c.Close(ctx)
		}
		out, err := Instrument(b, table)
		if err != nil {
			return
		}
		hasMem := len(m.Memories) > 0
		diffOutcomes(t, runOnEngine(ctx, comp, out, hasMem), runOnEngine(ctx, interp, out, hasMem))
	})
}
