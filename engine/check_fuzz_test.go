package engine

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/decentralized-ml/dml/gas"
)

// FuzzLoad feeds arbitrary bytes to the load check and, when it accepts
// them, to the instrumenter: neither may panic, and an accepted module must
// instrument or be refused with a ModuleError.
func FuzzLoad(f *testing.F) {
	for _, dir := range []string{"testdata", "../conformance/vectors/*"} {
		paths, _ := filepath.Glob(filepath.Join(dir, "*.wasm"))
		for _, p := range paths {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(b)
			}
		}
	}
	f.Fuzz(func(t *testing.T, wasm []byte) {
		if _, err := checkModule(wasm, true); err != nil {
			if !errors.Is(err, ErrInvalidModule) {
				t.Fatalf("load check error of type %T: %v", err, err)
			}
			return
		}
		if _, err := instrument(wasm, gas.Default()); err != nil {
			if !errors.Is(err, ErrInvalidModule) {
				t.Fatalf("instrument error of type %T: %v", err, err)
			}
		}
	})
}
