package meter

import (
	"context"
	"github.com/decentralized-ml/dml/gas"
	"testing"

	"github.com/tetratelabs/wazero"

	"github.com/decentralized-ml/dml/internal/wasmbin"
)

// TestChargePoints counts the charges plan places in each function of
// charges.wat and runs each with exactly its gas and with one less.
func TestChargePoints(t *testing.T) {
	raw := readTestdata(t, "charges.wasm")
	m, err := wasmbin.Decode(raw)
	if err != nil {
		t.Fatal(err)
	}
	table := unitTable()
	wasm, err := Instrument(raw, table)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		fn      string
		index   uint32 // in the function index space
		charges int    // static charges and added else arms
		checked int    // of which checked
		arg     []uint64
		gas     uint64
		result  uint64
	}{
		{"sunk", 1, 3, 0, []uint64{1}, 5, 7},
		{"sunk", 1, 3, 0, []uint64{0}, 3, 0},
		{"calls", 2, 3, 1, []uint64{1}, 3 + 1 + 1, 1},
		{"calls", 2, 3, 1, []uint64{0}, 3 + 1 + 1, 2},
		{"merged", 3, 1, 0, []uint64{5}, 3, 5},
		{"targeted", 4, 3, 0, []uint64{1}, 3, 1},
		{"targeted", 4, 3, 0, []uint64{0}, 5, 0},
		{"deadjoin", 5, 1, 0, nil, 2, 3},
		{"looped", 6, 3, 2, []uint64{1}, 6, 0},
		{"looped", 6, 3, 2, []uint64{3}, 6 + 6 + 5 + 1, 0},
	}
	ctx := context.Background()
	for _, e := range engines {
		r := wazero.NewRuntimeWithConfig(ctx, e.cfg())
		defer r.Close(ctx)
		for _, tt := range tests {
			t.Run(e.name+"/"+tt.fn, func(t *testing.T) {
				rw := &bodyRewriter{m: m, t: table, numGlobals: m.NumGlobals(), numFuncs: m.NumFuncs(), numTypes: uint32(len(m.Types))}
				for op := range rw.cost1 {
					rw.cost1[op] = cost(table, wasmbin.Opcode(op))
				}
				ft, _ := m.FuncType(tt.index)
				code := m.Codes[tt.index-m.NumImportedFuncs()]
				if err := rw.plan(code, uint64(len(ft.Params))+code.NumLocals); err != nil {
					t.Fatal(err)
				}
				n, checked := 0, 0
				for _, in := range rw.ins {
					if (in.kind == insStatic && in.cost > 0) || in.kind == insElse {
						n++
						if in.check {
							checked++
						}
					}
				}
				if checked != tt.checked {
					t.Errorf("%d checked charges, want %d: %+v", checked, tt.checked, rw.ins)
				}
				if !insertionsInOrder(rw.ins) {
					t.Errorf("insertions out of order: %+v", rw.ins)
				}
				if n != tt.charges {
					t.Errorf("%d charges, want %d: %+v", n, tt.charges, rw.ins)
				}
				in := instantiate(t, ctx, r, wasm)
				res, left, err := in.call(ctx, tt.fn, tt.gas, tt.arg...)
				if err != nil || left != 0 || uint32(res[0]) != uint32(tt.result) {
					t.Fatalf("with %d gas: results %v, %d left, err %v; want %d, 0 left", tt.gas, res, left, err, tt.result)
				}
				in = instantiate(t, ctx, r, wasm)
				if _, left, err := in.call(ctx, tt.fn, tt.gas-1, tt.arg...); err == nil || left != outOfGas {
					t.Fatalf("with %d gas: err = %v, dml_gas = %d; want a trap and -1", tt.gas-1, err, int64(left))
				}
			})
		}
	}
}

// insertionsInOrder reports whether ins is ordered as rewrite consumes
// it: by position, then phase, with no replacement overlapping what
// follows.
func insertionsInOrder(ins []insertion) bool {
	for i := 1; i < len(ins); i++ {
		a, b := ins[i-1], ins[i]
		if a.pos > b.pos || (a.pos == b.pos && a.phase > b.phase) || (a.phase == phaseReplace && b.pos < a.end) {
			return false
		}
	}
	return true
}

// TestPlanOrderGoModule: plan records the insertions of every body of a
// real Go module in order, in both depth modes (rewrite does not sort).
func TestPlanOrderGoModule(t *testing.T) {
	m, err := wasmbin.Decode(buildGoReactor(t))
	if err != nil {
		t.Fatal(err)
	}
	if chooseDepthMode(m) != depthParam {
		t.Fatal("a Go module should be metered with the depth as a parameter")
	}
	table := gas.Default()
	for _, dm := range depthModes {
		rw := &bodyRewriter{m: m, t: table, depth: dm.mode, types: newAddedTypes(m), numGlobals: m.NumGlobals(),
			numFuncs: m.NumFuncs(), numTypes: uint32(len(m.Types)), numImportedFuncs: m.NumImportedFuncs()}
		for op := range rw.cost1 {
			rw.cost1[op] = cost(table, wasmbin.Opcode(op))
		}
		for i, code := range m.Codes {
			ft, _ := m.FuncType(m.NumImportedFuncs() + uint32(i))
			rw.params = uint64(len(ft.Params))
			if err := rw.plan(code, rw.params+code.NumLocals); err != nil {
				t.Fatal(err)
			}
			if !insertionsInOrder(rw.ins) {
				t.Fatalf("%s: body %d: insertions out of order", dm.name, i)
			}
		}
	}
}
