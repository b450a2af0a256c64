package langtest

import (
	"context"
	"strings"
	"testing"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/engine"
	"github.com/decentralized-ml/dml/internal/testrun"
)

// linreg in C and AssemblyScript makes the same host BLAS calls in the same
// order as the Go reference, so every run gives the Go module's result hash,
// on both engines. Only gas differs (each language's own code around the calls).
func TestLinregSameResultHash(t *testing.T) {
	tests := []struct {
		name   string
		params string
		model  []float64
	}{
		{"default params", "", nil},
		{"converging", `{"epochs": 2000, "lr": 0.1}`, nil},
		{"from a model", `{"epochs": 5, "lr": 0.05}`, []float64{1.5, -2.5, 0.25}},
		{"zero epochs", `{"epochs": 0}`, nil},
		{"exponent and spaces", " { \"lr\" : 5E-2 , \"epochs\" : 30 } ", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var want *engine.Result
			for _, lang := range langs {
				for _, kind := range []engine.Kind{engine.Compiler, engine.Interpreter} {
					res := testrun.OK(t, kind, linregModule(t, lang), linregJob(t, tc.params, tc.model))
					if want == nil {
						want = res
						continue
					}
					if res.ResultHash != want.ResultHash {
						t.Errorf("%s on %s: result hash %s, Go's %s", lang, kind, res.ResultHash, want.ResultHash)
					}
				}
			}
		})
	}
}

// Bad params and shapes end every language's run with the same code.
func TestLinregSameErrors(t *testing.T) {
	e := newEngine(t, t.TempDir())
	tests := []struct {
		name   string
		params string
		code   int32
	}{
		{"misspelt param", `{"epoch": 3}`, 3},
		{"negative epochs", `{"epochs": -1}`, 3},
		{"too many epochs", `{"epochs": 1000001}`, 3},
		{"zero lr", `{"lr": 0}`, 3},
		{"lr out of range", `{"lr": 1e400}`, 3},
		{"not an object", `[1]`, 3},
		{"not a number", `{"lr": "fast"}`, 3},
		{"epochs not an integer", `{"epochs": 3e1}`, 3},
		{"epochs with a fraction", `{"epochs": 3.0}`, 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, lang := range langs {
				res, err := e.Run(context.Background(), linregModule(t, lang), linregJob(t, tc.params, nil))
				if err != nil {
					t.Fatal(err)
				}
				if res.Status != abi.StatusAlgorithmError || res.ExitCode != tc.code {
					t.Errorf("%s: %s code %d (%s), want algorithm_error code %d", lang, res.Status, res.ExitCode, res.Error, tc.code)
				}
			}
		})
	}
}

// Every language's module loads with only allowed imports, and the C and
// AssemblyScript modules carry no language runtime of note.
func TestLinregModulesInspect(t *testing.T) {
	e := newEngine(t, t.TempDir())
	maxSize := map[string]int{"go": 8 << 20, "c": 64 << 10, "assemblyscript": 64 << 10}
	for _, lang := range langs {
		m := linregModule(t, lang)
		ins, err := e.Inspect(context.Background(), m)
		if err != nil {
			t.Fatal(err)
		}
		if !ins.Loadable {
			t.Errorf("%s: refused: %s", lang, ins.Problem)
		}
		for _, im := range ins.Imports {
			if im.Module != "dml" && !strings.HasPrefix(im.Module, "wasi_snapshot_preview1") {
				t.Errorf("%s: imports %s.%s", lang, im.Module, im.Name)
			}
		}
		if len(m) > maxSize[lang] {
			t.Errorf("%s: module is %d bytes, over %d", lang, len(m), maxSize[lang])
		}
		t.Logf("%s: %d bytes", lang, len(m))
	}
}
