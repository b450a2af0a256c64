package meter

import (
	"context"
	"github.com/decentralized-ml/dml/gas"
	"os"
	"path/filepath"
	"testing"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"

	"github.com/decentralized-ml/dml/abi"
)

// unitTable costs 1 per instruction (0 for nop, block, loop, else, end),
// 1000 per grown page, 1 per started 4 bytes of bulk memory.
func unitTable() *gas.Schedule {
	t := &gas.Schedule{Version: "unit", GrowPage: 1000, BulkChunk: 1, BulkChunkBytes: 4, TableElem: 1, MaxDepth: 1000}
	for c := range t.Instr {
		t.Instr[c] = 1
	}
	t.Instr[gas.ClassFree] = 0
	return t
}

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

var engines = []struct {
	name string
	cfg  func() wazero.RuntimeConfig
}{
	{"compiler", wazero.NewRuntimeConfigCompiler},
	{"interpreter", wazero.NewRuntimeConfigInterpreter},
}

// instance is an instantiated metered module whose start functions did not run.
type instance struct {
	mod api.Module
	gas api.MutableGlobal
}

func instantiate(t testing.TB, ctx context.Context, r wazero.Runtime, wasm []byte) *instance {
	t.Helper()
	compiled, err := r.CompileModule(ctx, wasm)
	if err != nil {
		t.Fatalf("compile instrumented module: %v", err)
	}
	mod, err := r.InstantiateModule(ctx, compiled, wazero.NewModuleConfig().WithStartFunctions().WithName(""))
	if err != nil {
		t.Fatalf("instantiate: %v", err)
	}
	g, ok := mod.ExportedGlobal(abi.ExportGas).(api.MutableGlobal)
	if !ok {
		t.Fatalf("no mutable global %q exported", abi.ExportGas)
	}
	return &instance{mod: mod, gas: g}
}

// call sets the gas, calls fn and returns its results, the gas left and the error.
func (in *instance) call(ctx context.Context, fn string, gas uint64, args ...uint64) ([]uint64, uint64, error) {
	in.gas.Set(gas)
	res, err := in.mod.ExportedFunction(fn).Call(ctx, args...)
	return res, in.gas.Get(), err
}
