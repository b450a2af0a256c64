package langtest

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/abi/digest"
	"github.com/decentralized-ml/dml/conformance"
	"github.com/decentralized-ml/dml/engine"
	"github.com/decentralized-ml/dml/internal/guestbuild"
	"github.com/decentralized-ml/dml/internal/testmod"
	"github.com/decentralized-ml/dml/internal/testrun"
)

// abiVectors are the conformance vectors that pin the ABI's calls and host
// statuses. Each has a port per SDK language, named after the vector, in
// sdk-guest/c/examples/abi and sdk-guest/assemblyscript/examples/abi.
var abiVectors = []string{
	"abi_sum_input", "abi_params_bytes", "abi_emit_delta", "abi_log_gas",
	"status_not_found", "status_size_mismatch", "status_undeclared", "status_over_cap",
}

// gasLeftVector emits the value of gas_left, so its result hash depends on
// the metering of the module's own code before the call.
const gasLeftVector = "abi_log_gas"

// Every ABI vector, ported to C and AssemblyScript through their SDKs, loads
// (inspect), and on both engines ends with the vector's status and result
// hash and the same gas on each engine. Gas is not the vector's: it counts
// each language's own code. abi_log_gas emits that gas, so there the result
// must be the vector's result with only the gas_left value changed, and
// the value must lie between the gas left at the end and the limit.
func TestABIVectorsInEveryLanguage(t *testing.T) {
	vecs, err := conformance.Load(os.DirFS(filepath.Join(testmod.RepoRoot(t), "conformance", "vectors")))
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]conformance.Vector{}
	for _, v := range vecs {
		byName[v.Name] = v
	}
	e := newEngine(t, t.TempDir())
	ctx := context.Background()
	for _, name := range abiVectors {
		v, ok := byName[name]
		if !ok {
			t.Fatalf("conformance vector %s is missing", name)
		}
		for _, lang := range langs[1:] {
			t.Run(name+"/"+lang, func(t *testing.T) {
				t.Parallel()
				m := abiModule(t, lang, name)
				ins, err := e.Inspect(ctx, m)
				if err != nil {
					t.Fatal(err)
				}
				if !ins.Loadable {
					t.Fatalf("refused by inspect: %s", ins.Problem)
				}
				for _, im := range ins.Imports {
					if !im.Allowed || (im.Module != "dml" && !strings.HasPrefix(im.Module, "wasi_snapshot_preview1")) {
						t.Errorf("imports %s.%s (allowed %v)", im.Module, im.Name, im.Allowed)
					}
				}
				var first *engine.Result
				for _, kind := range []engine.Kind{engine.Compiler, engine.Interpreter} {
					_, job, err := v.Job()
					if err != nil {
						t.Fatal(err)
					}
					res := testrun.Run(t, kind, m, job)
					if res.Status != v.Expect.Status {
						t.Fatalf("%s: status %s (code %d, %s), want %s", kind, res.Status, res.ExitCode, res.Error, v.Expect.Status)
					}
					if v.Expect.Status == abi.StatusAlgorithmError && res.ExitCode != v.Expect.ExitCode {
						t.Errorf("%s: exit code %d, want %d", kind, res.ExitCode, v.Expect.ExitCode)
					}
					want := v.Expect.ResultHash
					if name == gasLeftVector {
						want = gasLeftHash(t, v, kind, res)
					}
					if res.ResultHash != want {
						t.Errorf("%s: result hash %s, want %s", kind, res.ResultHash, want)
					}
					if first == nil {
						first = res
						continue
					}
					if res.GasUsed != first.GasUsed || res.ResultHash != first.ResultHash {
						t.Errorf("engines disagree: %s gas %d hash %s, %s gas %d hash %s",
							first.Engine, first.GasUsed, first.ResultHash, res.Engine, res.GasUsed, res.ResultHash)
					}
				}
				t.Logf("%d bytes, gas %d", len(m), first.GasUsed)
			})
		}
	}
}

// gasLeftHash is the hash res must have for the abi_log_gas vector v: the
// vector's own module's result, checked against the vector's hash, with the
// gas_left value res emitted. It fails t unless res emitted exactly one
// rank-0 i64 gas_left whose value g satisfies limit − used < g < limit.
func gasLeftHash(t *testing.T, v conformance.Vector, kind engine.Kind, res *engine.Result) string {
	t.Helper()
	wasm, job, err := v.Job()
	if err != nil {
		t.Fatal(err)
	}
	ref := testrun.Run(t, kind, wasm, job)
	if ref.ResultHash != v.Expect.ResultHash || len(ref.OutputTensors) != 1 || len(ref.DeltaTensors) != 0 {
		t.Fatalf("the vector's own module gave hash %s with %d outputs, want %s with 1", ref.ResultHash, len(ref.OutputTensors), v.Expect.ResultHash)
	}
	if len(res.OutputTensors) != 1 || len(res.DeltaTensors) != 0 {
		t.Fatalf("%d outputs and %d deltas, want the one output gas_left", len(res.OutputTensors), len(res.DeltaTensors))
	}
	got, want := res.OutputTensors[0], ref.OutputTensors[0]
	if got.Name != want.Name || got.DType != want.DType || len(got.Shape) != 0 || len(got.Data) != 8 {
		t.Fatalf("output %s dtype %v shape %v (%d bytes), want %s dtype %v rank 0", got.Name, got.DType, got.Shape, len(got.Data), want.Name, want.DType)
	}
	g := int64(binary.LittleEndian.Uint64(got.Data))
	if g <= int64(res.GasLimit-res.GasUsed) || g >= int64(res.GasLimit) {
		t.Errorf("gas_left %d, want between the %d left at the end and the limit %d", g, res.GasLimit-res.GasUsed, res.GasLimit)
	}
	want.Data = bytes.Clone(got.Data)
	return digest.ResultHash([]abi.Tensor{want}, nil)
}

// abiModule builds the port of vector to lang; it skips tb when the
// language's toolchain is not installed, with the install line.
func abiModule(tb testing.TB, lang, vector string) []byte {
	tb.Helper()
	root := testmod.RepoRoot(tb)
	out := filepath.Join(tb.TempDir(), vector+".wasm")
	ctx := context.Background()
	var err error
	switch lang {
	case "c":
		err = guestbuild.C(ctx, root, out, filepath.Join(root, "sdk-guest/c/examples/abi", vector+".c"))
	case "assemblyscript":
		err = guestbuild.AssemblyScript(ctx, root, out, filepath.Join(root, "sdk-guest/assemblyscript/examples/abi", vector+".ts"))
	default:
		tb.Fatalf("no port of %s to %q", vector, lang)
	}
	if errors.Is(err, guestbuild.ErrNoToolchain) {
		tb.Skipf("%s in %s: %v", vector, lang, err)
	}
	if err != nil {
		tb.Fatal(err)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}
