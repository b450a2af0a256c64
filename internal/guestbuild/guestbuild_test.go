package guestbuild

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/decentralized-ml/dml/engine"
	"github.com/decentralized-ml/dml/internal/testmod"
)

// Each example builds into a module that the runtime would load.
func TestExamplesLoad(t *testing.T) {
	root := testmod.RepoRoot(t)
	ctx := context.Background()
	tests := []struct {
		lang  string
		build func(out string) error
	}{
		{"c", func(out string) error {
			return C(ctx, root, out, filepath.Join(root, "sdk-guest/c/examples/linreg/linreg.c"))
		}},
		{"assemblyscript", func(out string) error {
			return AssemblyScript(ctx, root, out, filepath.Join(root, "sdk-guest/assemblyscript/examples/linreg/linreg.ts"))
		}},
	}
	e, err := engine.New(ctx, engine.NewConfig())
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close(ctx)
	for _, tc := range tests {
		t.Run(tc.lang, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "m.wasm")
			if err := tc.build(out); errors.Is(err, ErrNoToolchain) {
				t.Skip(err)
			} else if err != nil {
				t.Fatal(err)
			}
			b, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			ins, err := e.Inspect(ctx, b)
			if err != nil {
				t.Fatal(err)
			}
			if !ins.Loadable || ins.ABIVersion != 1 {
				t.Fatalf("not loadable: %s (abi %d)", ins.Problem, ins.ABIVersion)
			}
		})
	}
}

// A compile error comes back with the compiler's message.
func TestCompileErrorIsReported(t *testing.T) {
	root := testmod.RepoRoot(t)
	ctx := context.Background()
	if err := HaveC(ctx); err != nil {
		t.Skip(err)
	}
	src := filepath.Join(t.TempDir(), "bad.c")
	if err := os.WriteFile(src, []byte("int f(void) { return undefined_name; }\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := C(ctx, root, filepath.Join(t.TempDir(), "bad.wasm"), src)
	if err == nil || errors.Is(err, ErrNoToolchain) || !strings.Contains(err.Error(), "undefined_name") {
		t.Fatalf("C() = %v, want the compiler's error naming undefined_name", err)
	}
}
