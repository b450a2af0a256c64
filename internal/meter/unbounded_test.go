package meter

import (
	"context"
	"testing"
	"time"

	"github.com/tetratelabs/wazero"
)

// TestUnboundedRunsOutOfGas: code that would spin forever ends out of gas
// on both engines, in every shape where a charge goes unchecked. The
// runtimes close on a deadline here (never in the product) so that a
// metering hole fails the test instead of hanging it.
func TestUnboundedRunsOutOfGas(t *testing.T) {
	table := unitTable()
	table.MaxDepth = MaxDepthLimit // recursion runs out of gas before it runs too deep
	wasm, err := Instrument(readTestdata(t, "unbounded.wasm"), table)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range engines {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		r := wazero.NewRuntimeWithConfig(ctx, e.cfg().WithCloseOnContextDone(true))
		defer r.Close(ctx)
		for _, fn := range []string{"sunk_head", "sunk_no_else", "nested_free_head", "br_table_back", "recursion", "indirect", "never_meets"} {
			t.Run(e.name+"/"+fn, func(t *testing.T) {
				in := instantiate(t, ctx, r, wasm)
				_, left, err := in.call(ctx, fn, 1500)
				if ctx.Err() != nil {
					t.Fatalf("still running at the deadline: a loop escapes metering")
				}
				if err == nil || int64(left) != -1 {
					t.Fatalf("err %v, dml_gas %d; want out of gas (-1)", err, int64(left))
				}
			})
		}
	}
}
