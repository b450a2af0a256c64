package meter

import (
	"errors"
	"github.com/decentralized-ml/dml/gas"
	"strings"
	"testing"
)

// blockType9 is a module whose only function opens a block of type 9 in a
// module with one type (wat2wasm rewrites such a block to an empty one).
var blockType9 = []byte{
	0, 'a', 's', 'm', 1, 0, 0, 0,
	1, 4, 1, 0x60, 0, 0, // type section: [] -> []
	3, 2, 1, 0, // function section
	0x0a, 7, 1, 5, 0, 0x02, 0x09, 0x0b, 0x0b, // code: block (type 9) end end
}

// TestInstrumentRefusesOutOfRangeIndices: indices that only the appended
// globals, scratch locals or block types would make valid are refused, with
// the function and byte offset named.
func TestInstrumentRefusesOutOfRangeIndices(t *testing.T) {
	tests := []struct {
		name string
		wasm []byte
		want []string // substrings of the error
	}{
		{"global.set of the gas global", readTestdata(t, "bad_global.wasm"), []string{"function 0", "global index 0", "byte 0x"}},
		{"local.set of a scratch local", readTestdata(t, "bad_local.wasm"), []string{"function 0", "local index 1", "byte 0x"}},
		{"call past the functions", readTestdata(t, "bad_call.wasm"), []string{"function 0", "function index 3"}},
		{"call_indirect past the types", readTestdata(t, "bad_call_indirect.wasm"), []string{"function 0", "type index 4"}},
		{"block type past the types", blockType9, []string{"function 0", "block type index 9"}},
		{"export of the gas global", readTestdata(t, "bad_export_global.wasm"), []string{`export "g"`, "global 0"}},
		{"data offset reading the gas global", readTestdata(t, "bad_data_offset.wasm"), []string{"constant expression", "global 0"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Instrument(tt.wasm, gas.Default())
			if !errors.Is(err, ErrInvalidModule) {
				t.Fatalf("err = %v, want ErrInvalidModule", err)
			}
			for _, s := range tt.want {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("error %q does not mention %q", err, s)
				}
			}
		})
	}
}
