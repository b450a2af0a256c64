package meter

import (
	"context"
	"slices"
	"testing"

	"github.com/tetratelabs/wazero"

	"github.com/decentralized-ml/dml/internal/wasmbin"
)

// TestDepthModeFallback: a module whose function references could be
// called from outside with their original signatures, or whose table could
// hold an imported function, keeps its signatures and counts the depth in
// dml_depth; the result compiles, and recursion through the exported table
// stops at the same frame and gas as under depthParam (TestDepthLimit).
func TestDepthModeFallback(t *testing.T) {
	ctx := context.Background()
	for _, tt := range []struct {
		file   string
		chosen depthMode // by chooseDepthMode, before the bodies are read
	}{
		{"depth_table_export.wasm", depthGlobal},
		{"depth_table_import.wasm", depthGlobal},
		{"depth_elem_import.wasm", depthGlobal},
		{"depth_ref_import.wasm", depthParam}, // found in the body: errDepthGlobal
	} {
		t.Run(tt.file, func(t *testing.T) {
			in := readTestdata(t, tt.file)
			mi, err := wasmbin.Decode(in)
			if err != nil {
				t.Fatal(err)
			}
			if got := chooseDepthMode(mi); got != tt.chosen {
				t.Fatalf("chooseDepthMode = %d, want %d", got, tt.chosen)
			}
			out, err := Instrument(in, unitTable())
			if err != nil {
				t.Fatal(err)
			}
			mo, err := wasmbin.Decode(out)
			if err != nil {
				t.Fatal(err)
			}
			// The module's functions keep their types; export wrappers follow.
			if !slices.Equal(mo.Functions[:len(mi.Functions)], mi.Functions) {
				t.Fatalf("function types %v, want %v and wrappers: the depth went into the signatures", mo.Functions, mi.Functions)
			}
			for _, e := range engines {
				r := wazero.NewRuntimeWithConfig(ctx, e.cfg())
				defer r.Close(ctx)
				if _, err := r.CompileModule(ctx, out); err != nil {
					t.Fatalf("%s: %v", e.name, err)
				}
				if len(mi.Imports) > 0 {
					continue
				}
				inst := instantiate(t, ctx, r, out)
				const limit = 1 << 30
				_, left, err := inst.call(ctx, "rec", limit, 0)
				if err == nil || depthOf(t, inst) != DepthExhausted || limit-left != 5000 {
					t.Fatalf("%s: err %v, dml_depth %d, gas %d; want stack exhaustion at 5000 gas", e.name, err, depthOf(t, inst), limit-left)
				}
			}
		})
	}
}
