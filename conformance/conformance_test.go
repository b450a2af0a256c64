package conformance

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/decentralized-ml/dml/engine"
)

// TestVectors runs every embedded vector on both engines.
func TestVectors(t *testing.T) {
	algorithms := filepath.Join("..", DefaultAlgorithmsDir)
	if _, err := os.Stat(filepath.Join(algorithms, "linreg.wasm")); err != nil {
		t.Fatalf("%v: run `make algorithms` first", err)
	}
	ctx := context.Background()
	engines, closeAll, err := NewEngines(ctx, engine.NewConfig(), Kinds)
	if err != nil {
		t.Fatal(err)
	}
	defer closeAll()
	vs, err := Load(Embedded)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range vs {
		v.AlgorithmsDir = algorithms
		t.Run(v.Name, func(t *testing.T) {
			r := Check(ctx, engines, v)
			for _, o := range r.Outcomes {
				for _, p := range o.Problems {
					t.Errorf("%s: %s", o.Engine, p)
				}
			}
			for _, d := range r.Disagreements {
				t.Errorf("engines disagree: %s", d)
			}
		})
	}
}
