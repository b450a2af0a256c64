package meter

import (
	"context"
	"github.com/decentralized-ml/dml/gas"
	"os"
	"path/filepath"
	"testing"

	"github.com/tetratelabs/wazero"

	"github.com/decentralized-ml/dml/internal/wasmbin"
)

// FuzzInstrument: instrumenting any module Decode accepts never panics and
// the output decodes; for inputs wazero accepts, the output compiles too.
func FuzzInstrument(f *testing.F) {
	for _, dir := range []string{"testdata", filepath.Join("..", "..", "internal", "wasmbin", "testdata")} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.wasm"))
		for _, file := range files {
			if b, err := os.ReadFile(file); err == nil {
				f.Add(b)
			}
		}
	}
	ctx := context.Background()
	r := wazero.NewRuntimeWithConfig(ctx, wazero.NewRuntimeConfigInterpreter())
	defer r.Close(ctx)
	table := gas.Default()
	f.Fuzz(func(t *testing.T, b []byte) {
		if _, err := wasmbin.Decode(b); err != nil {
			return
		}
		out, err := Instrument(b, table)
		if err != nil {
			return
		}
		if _, err := wasmbin.Decode(out); err != nil {
			t.Fatalf("instrumented output does not decode: %v", err)
		}
		if len(b) > 4096 {
			return
		}
		if c, err := r.CompileModule(ctx, b); err == nil {
			c.Close(ctx)
			c2, err := r.CompileModule(ctx, out)
			if err != nil {
				t.Fatalf("wazero accepts the input but not the instrumented output: %v", err)
			}
			c2.Close(ctx)
		}
	})
}
