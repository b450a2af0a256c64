package meter

import (
	"context"
	"testing"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"

	"github.com/decentralized-ml/dml/internal/wasmbin"
)

func depthOf(t *testing.T, in *instance) int32 {
	t.Helper()
	g, ok := in.mod.ExportedGlobal(ExportDepth).(api.MutableGlobal)
	if !ok {
		t.Fatalf("no mutable global %q exported", ExportDepth)
	}
	return int32(uint32(g.Get()))
}

// TestDepthLimit: recursion ends at MaxDepth frames with dml_depth =
// DepthExhausted and the same gas on both engines; every way out of a
// function brings the depth back to 0. Gas is under the unit table.
func TestDepthLimit(t *testing.T) {
	wasm, err := Instrument(readTestdata(t, "depth.wasm"), unitTable())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		fn        string
		arg       uint64
		gas       uint64 // expected gas used
		exhausted bool
		results   []uint64
	}{
		// 1,000 frames of 4 gas each; the 1,001st call is refused before it pays.
		{"unbounded recursion", "rec", 0, 4000, true, nil},
		// down(n) runs n+1 frames and costs 9n+4.
		{"recursion to the limit", "down", 999, 9*999 + 4, false, []uint64{999}},
		// down(1000) needs 1,001 frames: frames 1..1000 pay 3, then 6 for the
		// else block (the code after the call is pre-paid before it).
		{"recursion one past the limit", "down", 1000, 9000, true, nil},
		{"exit by return", "exits", 1, 6, false, []uint64{10}},
		{"exit by br_if to the function label", "exits", 2, 9, false, []uint64{20}},
		{"exit by br to the function label", "exits", 3, 15, false, []uint64{30}},
		{"exit by falling through", "exits", 4, 15, false, []uint64{40}},
		{"two results, br_if taken", "pair", 5, 4, false, []uint64{5, 2}},
		{"two results, fall through", "pair", 0, 8, false, []uint64{1, 1}},
	}
	ctx := context.Background()
	const limit = 1 << 30
	for _, e := range engines {
		r := wazero.NewRuntimeWithConfig(ctx, e.cfg())
		defer r.Close(ctx)
		for _, tt := range tests {
			t.Run(e.name+"/"+tt.name, func(t *testing.T) {
				in := instantiate(t, ctx, r, wasm)
				res, left, err := in.call(ctx, tt.fn, limit, tt.arg)
				depth := depthOf(t, in)
				if tt.exhausted {
					if err == nil || depth != DepthExhausted {
						t.Fatalf("err = %v, dml_depth = %d; want a trap and %d", err, depth, DepthExhausted)
					}
				} else {
					if err != nil || depth != 0 {
						t.Fatalf("err = %v, dml_depth = %d; want no error and 0", err, depth)
					}
					for i, want := range tt.results {
						if uint32(res[i]) != uint32(want) {
							t.Fatalf("results = %v, want %v", res, tt.results)
						}
					}
				}
				if used := limit - left; used != tt.gas {
					t.Fatalf("gas used %d, want %d", used, tt.gas)
				}
			})
		}
	}
}

// TestDepthWrapperType: a function with two results and params gets a new
// [] -> [i32 i64] type for its wrapper block, appended after the others.
func TestDepthWrapperType(t *testing.T) {
	in := readTestdata(t, "depth.wasm")
	out, err := Instrument(in, unitTable())
	if err != nil {
		t.Fatal(err)
	}
	mi, _ := wasmbin.Decode(in)
	mo, err := wasmbin.Decode(out)
	if err != nil {
		t.Fatal(err)
	}
	if len(mo.Types) != len(mi.Types)+1 {
		t.Fatalf("%d types, want %d", len(mo.Types), len(mi.Types)+1)
	}
	last := mo.Types[len(mo.Types)-1]
	if len(last.Params) != 0 || string(last.Results) != string([]byte{wasmbin.I32, wasmbin.I64}) {
		t.Fatalf("appended type %+v, want [] -> [i32 i64]", last)
	}
}
