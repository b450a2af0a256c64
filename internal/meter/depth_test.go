package meter

import (
	"context"
	"github.com/decentralized-ml/dml/gas"
	"slices"
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

// instrumentDepth meters wasm with the depth counted the way mode says.
func instrumentDepth(t *testing.T, wasm []byte, tab *gas.Schedule, mode depthMode) []byte {
	t.Helper()
	m, err := wasmbin.Decode(wasm)
	if err != nil {
		t.Fatal(err)
	}
	out, err := instrument(m, tab, mode)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

var depthModes = []struct {
	name string
	mode depthMode
}{{"param", depthParam}, {"global", depthGlobal}}

// TestDepthLimit: recursion, direct or through a table, ends at MaxDepth
// frames with dml_depth = DepthExhausted and the same gas on both engines
// and in both depth modes; every way out of a function leaves dml_depth 0.
// Gas is under the unit table.
func TestDepthLimit(t *testing.T) {
	in := readTestdata(t, "depth.wasm")
	if m, _ := wasmbin.Decode(in); chooseDepthMode(m) != depthParam {
		t.Fatal("depth.wasm is not metered with the depth as a parameter")
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
		// 5 gas a frame, through call_indirect.
		{"unbounded recursion through a table", "rec_indirect", 0, 5000, true, nil},
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
		// 15 gas, then down(5) at 9×5+4; locals(4, 10) = 2×5 + 2×10.
		{"locals past the params", "locals", 4, 64, false, []uint64{30}},
	}
	ctx := context.Background()
	const limit = 1 << 30
	for _, dm := range depthModes {
		wasm := instrumentDepth(t, in, unitTable(), dm.mode)
		for _, e := range engines {
			r := wazero.NewRuntimeWithConfig(ctx, e.cfg())
			defer r.Close(ctx)
			for _, tt := range tests {
				t.Run(dm.name+"/"+e.name+"/"+tt.name, func(t *testing.T) {
					args := []uint64{tt.arg}
					if tt.fn == "locals" {
						args = append(args, 10)
					}
					in := instantiate(t, ctx, r, wasm)
					res, left, err := in.call(ctx, tt.fn, limit, args...)
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
}

// TestDepthTypes: in both depth modes a function with two results gets a
// [] -> [i32 i64] type for its wrapper block, appended after the module's
// types, which stay as they were, and each export is a wrapper of the
// exported function's original type. Under depthParam every defined
// function takes the depth as an extra i32 parameter.
func TestDepthTypes(t *testing.T) {
	in := readTestdata(t, "depth.wasm")
	mi, _ := wasmbin.Decode(in)
	for _, dm := range depthModes {
		t.Run(dm.name, func(t *testing.T) {
			mo, err := wasmbin.Decode(instrumentDepth(t, in, unitTable(), dm.mode))
			if err != nil {
				t.Fatal(err)
			}
			if !slices.EqualFunc(mo.Types[:len(mi.Types)], mi.Types, sameType) {
				t.Fatal("the module's own types changed")
			}
			if !slices.ContainsFunc(mo.Types[len(mi.Types):], func(ft wasmbin.FuncType) bool {
				return sameType(ft, wasmbin.FuncType{Results: []byte{wasmbin.I32, wasmbin.I64}})
			}) {
				t.Fatal("no [] -> [i32 i64] type appended")
			}
			for i, ti := range mi.Functions {
				want := mi.Types[ti]
				if dm.mode == depthParam {
					want.Params = append(slices.Clip(want.Params), wasmbin.I32)
				}
				if got := mo.Types[mo.Functions[i]]; !sameType(got, want) {
					t.Errorf("function %d has type %+v, want %+v", i, got, want)
				}
			}
			for j, e := range mo.Exports {
				if e.Kind != wasmbin.KindFunc {
					continue
				}
				orig := mi.Exports[j]
				if e.Name != orig.Name || e.Index < mi.NumFuncs() {
					t.Errorf("export %q calls function %d directly, want a wrapper past %d", e.Name, e.Index, mi.NumFuncs())
				}
				got, _ := mo.FuncType(e.Index)
				want, _ := mi.FuncType(orig.Index)
				if !sameType(got, want) {
					t.Errorf("export %q has type %+v, want %+v", e.Name, got, want)
				}
			}
		})
	}
}

func sameType(a, b wasmbin.FuncType) bool {
	return string(a.Params) == string(b.Params) && string(a.Results) == string(b.Results)
}
