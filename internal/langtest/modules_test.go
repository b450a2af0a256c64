package langtest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/engine"
	"github.com/decentralized-ml/dml/internal/guestbuild"
	"github.com/decentralized-ml/dml/internal/testmod"
	"github.com/decentralized-ml/dml/manifest"
	"github.com/decentralized-ml/dml/tensorfile"
)

// langs are the languages linreg is written in, Go first (the reference).
var langs = []string{"go", "c", "assemblyscript"}

var (
	modMu   sync.Mutex
	modules = map[string][]byte{}
	modDir  string
)

// linregModule builds linreg in lang once per test process; it skips tb
// when the language's toolchain is not installed.
func linregModule(tb testing.TB, lang string) []byte {
	tb.Helper()
	if lang == "go" {
		return testmod.AlgorithmBytes(tb, "linreg")
	}
	modMu.Lock()
	defer modMu.Unlock()
	if b, ok := modules[lang]; ok {
		return b
	}
	if modDir == "" {
		d, err := os.MkdirTemp("", "dml-langtest-")
		if err != nil {
			tb.Fatal(err)
		}
		modDir = d
	}
	root := testmod.RepoRoot(tb)
	out := filepath.Join(modDir, "linreg-"+lang+".wasm")
	var err error
	ctx := context.Background()
	switch lang {
	case "c":
		err = guestbuild.C(ctx, root, out, filepath.Join(root, "sdk-guest/c/examples/linreg/linreg.c"))
	case "assemblyscript":
		err = guestbuild.AssemblyScript(ctx, root, out, filepath.Join(root, "sdk-guest/assemblyscript/examples/linreg/linreg.ts"))
	default:
		tb.Fatalf("unknown language %q", lang)
	}
	if errors.Is(err, guestbuild.ErrNoToolchain) {
		tb.Skipf("linreg in %s: %v", lang, err)
	}
	if err != nil {
		tb.Fatal(err)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		tb.Fatal(err)
	}
	modules[lang] = b
	return b
}

// linregJob is module on algorithms/linreg/testdata with its manifest.
func linregJob(tb testing.TB, params string, model []float64) *engine.Job {
	tb.Helper()
	dir := filepath.Join(testmod.RepoRoot(tb), "algorithms", "linreg")
	m, err := manifest.Load(filepath.Join(dir, "manifest.yaml"))
	if err != nil {
		tb.Fatal(err)
	}
	x, err := tensorfile.Load(filepath.Join(dir, "testdata", "X.csv"), "X", abi.F64, 2)
	if err != nil {
		tb.Fatal(err)
	}
	y, err := tensorfile.Load(filepath.Join(dir, "testdata", "y.csv"), "y", abi.F64, 1)
	if err != nil {
		tb.Fatal(err)
	}
	job := &engine.Job{Manifest: m, Inputs: []abi.Tensor{x, y}, Params: []byte(params)}
	if model != nil {
		job.Models = []abi.Tensor{abi.FromFloat64s("w", []int64{int64(len(model))}, model)}
	}
	return job
}

// newEngine is a compiler engine whose compilation cache is cacheDir.
func newEngine(tb testing.TB, cacheDir string) *engine.Engine {
	tb.Helper()
	e, err := engine.New(context.Background(), engine.NewConfig().WithCompilationCache(cacheDir))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { e.Close(context.Background()) })
	return e
}
