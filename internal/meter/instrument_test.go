package meter

import (
	"bytes"
	"context"
	"errors"
	"github.com/decentralized-ml/dml/gas"
	"testing"

	"github.com/tetratelabs/wazero"

	"github.com/decentralized-ml/dml/internal/wasmbin"
)

const outOfGas = ^uint64(0)

func TestInstrumentGas(t *testing.T) {
	wasm, err := Instrument(readTestdata(t, "metered.wasm"), unitTable())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		fn     string
		args   []uint64
		gas    uint64 // expected gas used
		result []uint64
		trap   bool // a trap that is not out of gas
	}{
		{"straight line", "straight", nil, 3, []uint64{3}, false},
		{"if without else, not taken", "if_no_else", []uint64{0}, 3, []uint64{0}, false},
		{"if without else, taken", "if_no_else", []uint64{1}, 5, []uint64{7}, false},
		{"br_table to block label", "br_table", []uint64{1}, 10, nil, false},
		{"br_table to loop label", "br_table", []uint64{2}, 18, nil, false},
		{"br_table to function label", "br_table", []uint64{3}, 8, nil, false},
		{"dead code after br, return, unreachable", "dead", nil, 3, []uint64{1}, false},
		{"unreachable is charged then traps", "trap", nil, 1, nil, true},
		{"multi-value block", "multi", nil, 5, []uint64{13}, false},
		{"loop with params", "loop_params", []uint64{3}, 16, []uint64{0}, false},
		{"memory.fill n=0", "fill", []uint64{0}, 4, nil, false},
		{"memory.fill n=100", "fill", []uint64{100}, 29, nil, false},
		{"memory.fill n=101", "fill", []uint64{101}, 30, nil, false},
		{"memory.copy n=0", "copy", []uint64{0}, 4, nil, false},
		{"memory.copy n=9", "copy", []uint64{9}, 7, nil, false},
		{"memory.init n=0", "init", []uint64{0}, 4, nil, false},
		{"memory.init n=16", "init", []uint64{16}, 8, nil, false},
		{"memory.grow 0 pages", "grow", []uint64{0}, 2, []uint64{1}, false},
		{"memory.grow 2 pages", "grow", []uint64{2}, 2002, []uint64{1}, false},
		{"call", "caller", nil, 2 + 3, []uint64{42}, false},
		{"start function", ExportStart, nil, 4, nil, false},
	}
	ctx := context.Background()
	for _, e := range engines {
		r := wazero.NewRuntimeWithConfig(ctx, e.cfg())
		defer r.Close(ctx)
		for _, tt := range tests {
			t.Run(e.name+"/"+tt.name, func(t *testing.T) {
				for _, extra := range []uint64{0, 1000} { // exactly enough, and plenty
					in := instantiate(t, ctx, r, wasm)
					res, left, err := in.call(ctx, tt.fn, tt.gas+extra, tt.args...)
					if tt.trap != (err != nil) {
						t.Fatalf("gas %d: err = %v", tt.gas+extra, err)
					}
					if left != extra {
						t.Fatalf("gas %d: used %d, want %d", tt.gas+extra, tt.gas+extra-left, tt.gas)
					}
					if !tt.trap && len(tt.result) > 0 && (len(res) != len(tt.result) || uint32(res[0]) != uint32(tt.result[0])) {
						t.Fatalf("results = %v, want %v", res, tt.result)
					}
				}
				in := instantiate(t, ctx, r, wasm)
				if _, left, err := in.call(ctx, tt.fn, tt.gas-1, tt.args...); err == nil || left != outOfGas {
					t.Fatalf("gas %d (cost-1): err = %v, dml_gas = %d; want a trap and -1", tt.gas-1, err, int64(left))
				}
			})
		}
	}
}

func TestInstrumentImportedGlobals(t *testing.T) {
	wasm, err := Instrument(readTestdata(t, "imported_globals.wasm"), unitTable())
	if err != nil {
		t.Fatal(err)
	}
	m, err := wasmbin.Decode(wasm)
	if err != nil {
		t.Fatal(err)
	}
	var gasExport *wasmbin.Export
	for i := range m.Exports {
		if m.Exports[i].Name == "dml_gas" {
			gasExport = &m.Exports[i]
		}
	}
	if gasExport == nil || gasExport.Kind != wasmbin.KindGlobal || gasExport.Index != 3 {
		t.Fatalf("dml_gas export = %+v, want global 3 (after 2 imported and 1 defined)", gasExport)
	}
	ctx := context.Background()
	for _, e := range engines {
		r := wazero.NewRuntimeWithConfig(ctx, e.cfg())
		if _, err := r.InstantiateWithConfig(ctx, readTestdata(t, "env.wasm"), wazero.NewModuleConfig().WithName("env")); err != nil {
			t.Fatal(err)
		}
		in := instantiate(t, ctx, r, wasm)
		res, left, err := in.call(ctx, "sum", 100)
		if err != nil || res[0] != 12 || left != 97 {
			t.Errorf("%s: sum = %v, gas left %d, err %v; want 12, 97", e.name, res, left, err)
		}
		r.Close(ctx)
	}
}

// TestInstrumentPreservesSections: sections other than type, function,
// global, export, start and code are byte-identical and in order (custom
// sections included); output is deterministic.
func TestInstrumentPreservesSections(t *testing.T) {
	in := readTestdata(t, "metered.wasm")
	out, err := Instrument(in, gas.Default())
	if err != nil {
		t.Fatal(err)
	}
	again, _ := Instrument(in, gas.Default())
	if !bytes.Equal(out, again) {
		t.Fatal("two runs gave different bytes")
	}
	mi, _ := wasmbin.Decode(in)
	mo, err := wasmbin.Decode(out)
	if err != nil {
		t.Fatal(err)
	}
	// Types are appended to (TestDepthTypes checks them), and functions
	// take the depth as a parameter.
	var kept [][]byte
	for _, s := range mi.Sections {
		switch s.ID {
		case wasmbin.SecType, wasmbin.SecFunction, wasmbin.SecGlobal, wasmbin.SecExport, wasmbin.SecStart, wasmbin.SecCode:
		default:
			kept = append(kept, in[s.Start:s.End])
		}
	}
	var got [][]byte
	for _, s := range mo.Sections {
		switch s.ID {
		case wasmbin.SecType, wasmbin.SecFunction, wasmbin.SecGlobal, wasmbin.SecExport, wasmbin.SecCode:
		default:
			got = append(got, out[s.Start:s.End])
		}
	}
	if len(got) != len(kept) {
		t.Fatalf("%d preserved sections, want %d", len(got), len(kept))
	}
	for i := range kept {
		if !bytes.Equal(got[i], kept[i]) {
			t.Errorf("section %d changed", i)
		}
	}
	if mo.Section(wasmbin.SecCustom) == nil || mo.Section(wasmbin.SecCustom).Name != "name" {
		t.Error("name section lost")
	}
	if mo.DataCount == nil || mo.Start != nil {
		t.Errorf("data count %v, start %v", mo.DataCount, mo.Start)
	}
	if n := len(mo.Globals); n != len(mi.Globals)+2 || mo.Globals[n-2] != (wasmbin.GlobalType{ValType: wasmbin.I64, Mutable: true}) ||
		mo.Globals[n-1] != (wasmbin.GlobalType{ValType: wasmbin.I32, Mutable: true}) {
		t.Errorf("globals = %+v, want the module's, then mut i64 dml_gas and mut i32 dml_depth", mo.Globals)
	}
}

func TestInstrumentErrors(t *testing.T) {
	good := readTestdata(t, "metered.wasm")
	bad := *gas.Default()
	bad.BulkChunkBytes = 0
	huge := *gas.Default()
	huge.Instr[gas.ClassCall] = 1 << 40
	gasTaken, err := Instrument(good, gas.Default())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		wasm []byte
		t    *gas.Schedule
		err  error
	}{
		{"not wasm", []byte("hello"), gas.Default(), ErrInvalidModule},
		{"refused feature", []byte{0, 'a', 's', 'm', 1, 0, 0, 0, 5, 4, 1, 3, 1, 1}, gas.Default(), wasmbin.ErrUnsupportedFeature},
		{"already instrumented", gasTaken, gas.Default(), ErrNameTaken},
		{"zero chunk", good, &bad, gas.ErrInvalid},
		{"huge cost", good, &huge, gas.ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Instrument(tt.wasm, tt.t); !errors.Is(err, tt.err) {
				t.Fatalf("err = %v, want %v", err, tt.err)
			}
		})
	}
}
