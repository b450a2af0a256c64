package meter

import (
	"context"
	"github.com/decentralized-ml/dml/gas"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"

	"github.com/decentralized-ml/dml/abi"
)

// buildGoReactor builds testdata/goreactor as a wasip1 reactor.
func buildGoReactor(t testing.TB) []byte {
	t.Helper()
	return buildGo(t, "./testdata/goreactor")
}

// buildGo builds the main package in dir as a wasip1 reactor.
func buildGo(t testing.TB, dir string) []byte {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go tool not found: cannot build the Go wasip1 reactor")
	}
	out := filepath.Join(t.TempDir(), "reactor.wasm")
	cmd := exec.Command(goTool, "build", "-buildmode=c-shared", "-o", out, dir)
	cmd.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm")
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, msg)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestInstrumentGoReactor meters a real Go module and runs it on both
// engines: gas used must be identical, and too little gas must trap with
// dml_gas reading -1.
func TestInstrumentGoReactor(t *testing.T) {
	wasm, err := Instrument(buildGoReactor(t), gas.Default())
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	const limit = 1 << 40
	used := map[string][2]uint64{}
	for _, e := range engines {
		r := wazero.NewRuntimeWithConfig(ctx, e.cfg())
		wasi_snapshot_preview1.MustInstantiate(ctx, r)
		in := instantiate(t, ctx, r, wasm)
		_, left, err := in.call(ctx, abi.ExportInitialize, limit)
		if err != nil {
			t.Fatalf("%s: _initialize: %v", e.name, err)
		}
		initGas := limit - left
		res, left, err := in.call(ctx, "work", limit, 1000)
		if err != nil {
			t.Fatalf("%s: work: %v", e.name, err)
		}
		if want := workResult(1000); int64(res[0]) != want {
			t.Fatalf("%s: work(1000) = %d, want %d", e.name, int64(res[0]), want)
		}
		used[e.name] = [2]uint64{initGas, limit - left}
		if initGas == 0 || limit-left == 0 {
			t.Fatalf("%s: no gas charged: %v", e.name, used[e.name])
		}
		// Too little gas: a fresh instance traps inside work.
		in2 := instantiate(t, ctx, r, wasm)
		if _, _, err := in2.call(ctx, abi.ExportInitialize, limit); err != nil {
			t.Fatal(err)
		}
		if _, left, err := in2.call(ctx, "work", (limit-left)/2, 1000); err == nil || left != outOfGas {
			t.Fatalf("%s: with half the gas: err = %v, dml_gas = %d; want a trap and -1", e.name, err, int64(left))
		}
		r.Close(ctx)
	}
	if used["compiler"] != used["interpreter"] {
		t.Fatalf("gas differs between engines: %v", used)
	}
	t.Logf("gas used (initialize, work(1000)): %v", used["compiler"])
}

func workResult(n int32) int64 {
	var acc int64
	for i := int32(0); i < n; i++ {
		acc += int64(i) * int64(i) % 7
	}
	return acc
}

func BenchmarkInstrumentGoModule(b *testing.B) {
	wasm := buildGoReactor(b)
	t := gas.Default()
	b.SetBytes(int64(len(wasm)))
	b.ResetTimer()
	for b.Loop() {
		if _, err := Instrument(wasm, t); err != nil {
			b.Fatal(err)
		}
	}
}
