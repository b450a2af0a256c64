package meter

import (
	"context"
	"github.com/decentralized-ml/dml/gas"
	"testing"

	"github.com/tetratelabs/wazero"
)

// TestNaNCanonical: NaN bits that reach integers through reinterpret,
// stores, copysign and SIMD lanes are canonical after instrumentation on
// both engines; other values keep their bits.
func TestNaNCanonical(t *testing.T) {
	raw := readTestdata(t, "nan.wasm")
	wasm, err := Instrument(raw, gas.Default())
	if err != nil {
		t.Fatal(err)
	}
	const nan32, nan64 = uint64(CanonicalNaN32), CanonicalNaN64
	tests := []struct {
		fn   string
		want uint64
		bits int
	}{
		{"add_reinterpret", nan32, 32},
		{"div_reinterpret", nan64, 64},
		{"store_load32", nan32, 32},
		{"store_load64", nan64, 64},
		{"copysign", 0x3ff0000000000000, 64}, // +1: the sign of a canonical NaN
		{"simd_add", nan32, 32},
		{"simd_div64", nan64, 64},
		{"simd_splat", nan32, 32},
		{"simd_store", nan64, 64},
		{"plain", 0xc004000000000000, 64}, // copysign(2.5, -0) = -2.5, untouched
		{"plain_store", 0xbfc00000, 32},   // -1.5, untouched
	}
	ctx := context.Background()
	for _, e := range engines {
		r := wazero.NewRuntimeWithConfig(ctx, e.cfg())
		defer r.Close(ctx)
		before, err := r.Instantiate(ctx, raw)
		if err != nil {
			t.Fatal(err)
		}
		for _, tt := range tests {
			t.Run(e.name+"/"+tt.fn, func(t *testing.T) {
				mask := ^uint64(0) >> (64 - tt.bits)
				if res, err := before.ExportedFunction(tt.fn).Call(ctx); err == nil {
					t.Logf("uninstrumented: %#x", res[0]&mask)
				}
				in := instantiate(t, ctx, r, wasm)
				res, _, err := in.call(ctx, tt.fn, 1<<20)
				if err != nil {
					t.Fatal(err)
				}
				if got := res[0] & mask; got != tt.want {
					t.Fatalf("%s = %#x, want %#x", tt.fn, got, tt.want)
				}
			})
		}
	}
}
