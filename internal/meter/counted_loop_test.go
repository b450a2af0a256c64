package meter

import (
	"context"
	"fmt"
	"github.com/decentralized-ml/dml/gas"
	"testing"

	"github.com/tetratelabs/wazero"

	"github.com/decentralized-ml/dml/internal/wasmbin"
)

// countedForms are the exports of counted.wat that plan must count; each
// has a twin name+"_plain" that it must not.
var countedForms = []string{"lt_u", "lt_s", "gt_u", "gt_s", "ne4", "ne_odd", "ne6", "down", "const", "params"}

// uncounted are the exports of counted.wat whose loops must stay metered
// iteration by iteration.
var uncounted = []string{"writes_bound", "writes_i", "exits", "calls", "has_if", "step2_lt", "wide"}

// plannedLoops is how many counted loops plan finds in the function that
// module m exports as name.
func plannedLoops(t *testing.T, m *wasmbin.Module, table *gas.Schedule, name string) int {
	t.Helper()
	var fn uint32
	found := false
	for _, e := range m.Exports {
		if e.Name == name && e.Kind == wasmbin.KindFunc {
			fn, found = e.Index, true
		}
	}
	if !found {
		t.Fatalf("no export %q", name)
	}
	rw := &bodyRewriter{m: m, t: table, numGlobals: m.NumGlobals(), numFuncs: m.NumFuncs(), numTypes: uint32(len(m.Types))}
	for op := range rw.cost1 {
		rw.cost1[op] = cost(table, wasmbin.Opcode(op))
	}
	ft, _ := m.FuncType(fn)
	code := m.Codes[fn-m.NumImportedFuncs()]
	if err := rw.plan(code, uint64(len(ft.Params))+code.NumLocals); err != nil {
		t.Fatal(err)
	}
	if !insertionsInOrder(rw.ins) {
		t.Errorf("%s: insertions out of order", name)
	}
	return len(rw.loops)
}

func TestCountedLoopsFound(t *testing.T) {
	m, err := wasmbin.Decode(readTestdata(t, "counted.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range countedForms {
		if n := plannedLoops(t, m, unitTable(), name); n != 1 {
			t.Errorf("%s: %d counted loops, want 1", name, n)
		}
		if n := plannedLoops(t, m, unitTable(), name+"_plain"); n != 0 {
			t.Errorf("%s_plain: %d counted loops, want 0", name, n)
		}
	}
	for _, name := range uncounted {
		if n := plannedLoops(t, m, unitTable(), name); n != 0 {
			t.Errorf("%s: %d counted loops, want 0", name, n)
		}
	}
}

// TestCountedLoopGas runs each counted form and its plain twin from the
// same induction value and bound, on both engines: the two give the same
// result and use the same gas, or both run out of it. With exactly the
// gas it used, a counted run succeeds; with one less it runs out.
func TestCountedLoopGas(t *testing.T) {
	edges := []uint64{0, 1, 2, 3, 6, 7, 999, 1000, 1001, 0x7ffffffe, 0x7fffffff, 0x80000000, 0x80000001, 0xfffffff9, 0xfffffffc, 0xfffffffe, 0xffffffff}
	type pair struct{ i, b uint64 }
	var pairs []pair
	for _, i := range edges {
		for _, b := range edges {
			pairs = append(pairs, pair{i, b})
		}
		for _, d := range []uint64{4, 12, 13, 60, 61, 300} { // bounds a short way off, both sides
			pairs = append(pairs, pair{i, uint64(uint32(i + d))}, pair{i, uint64(uint32(i - d))})
		}
	}
	const budget = 20_000 // enough for a few thousand iterations
	wasm, err := Instrument(readTestdata(t, "counted.wasm"), unitTable())
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, e := range engines {
		r := wazero.NewRuntimeWithConfig(ctx, e.cfg())
		defer r.Close(ctx)
		in := instantiate(t, ctx, r, wasm)
		for _, form := range countedForms {
			t.Run(e.name+"/"+form, func(t *testing.T) {
				finished := 0
				for _, p := range pairs {
					where := fmt.Sprintf("%s(%#x, %#x)", form, p.i, p.b)
					want, wantLeft, wantErr := in.call(ctx, form+"_plain", budget, p.i, p.b)
					got, left, err := in.call(ctx, form, budget, p.i, p.b)
					if wantErr != nil {
						if int64(wantLeft) != -1 {
							t.Fatalf("%s_plain: %v with dml_gas %d", where, wantErr, int64(wantLeft))
						}
						if err == nil || int64(left) != -1 {
							t.Fatalf("%s: err %v, dml_gas %d; the plain loop ran out of gas", where, err, int64(left))
						}
						continue
					}
					if err != nil || got[0] != want[0] || left != wantLeft {
						t.Fatalf("%s = %v, %d gas used, err %v; plain: %v, %d gas used", where, got, budget-left, err, want, budget-wantLeft)
					}
					used := budget - left
					if _, left, err := in.call(ctx, form, used, p.i, p.b); err != nil || left != 0 {
						t.Fatalf("%s with exactly %d gas: err %v, %d left", where, used, err, left)
					}
					if _, left, err := in.call(ctx, form, used-1, p.i, p.b); err == nil || int64(left) != -1 {
						t.Fatalf("%s with %d gas: err %v, dml_gas %d; want out of gas", where, used-1, err, int64(left))
					}
					finished++
				}
				if finished < 50 {
					t.Fatalf("only %d of %d runs finished within the budget: the test checks too little", finished, len(pairs))
				}
				t.Logf("%d of %d runs finished, the others ran out of gas", finished, len(pairs))
			})
		}
	}
}

func TestInverse32(t *testing.T) {
	for _, u := range []uint32{1, 3, 5, 0xffffffff, 0xfffffffd, 12345677} {
		if got := u * inverse32(u); got != 1 {
			t.Errorf("%d · inverse32(%d) = %d", u, u, got)
		}
	}
}
