// Package testmod builds the repository's Go algorithms to WebAssembly for
// tests, once per test process, with the same flags as the Makefile.
package testmod

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

var (
	mu    sync.Mutex
	built = map[string]string{}
	dir   string
)

// RepoRoot is the directory holding go.mod.
func RepoRoot(tb testing.TB) string {
	tb.Helper()
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		tb.Fatalf("go env GOMOD: %v", err)
	}
	return filepath.Dir(strings.TrimSpace(string(out)))
}

// Algorithm returns the path of algorithms/NAME built for GOOS=wasip1. It
// prefers build/algorithms/NAME.wasm when `make algorithms` is up to date
// with the sources; otherwise it builds into a temporary directory.
func Algorithm(tb testing.TB, name string) string {
	tb.Helper()
	mu.Lock()
	defer mu.Unlock()
	if p, ok := built[name]; ok {
		return p
	}
	if dir == "" {
		d, err := os.MkdirTemp("", "dml-testmod-")
		if err != nil {
			tb.Fatal(err)
		}
		dir = d
	}
	root := RepoRoot(tb)
	out := filepath.Join(dir, name+".wasm")
	cmd := exec.Command("go", "build", "-buildmode=c-shared", "-trimpath", "-o", out, "./algorithms/"+name)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		tb.Fatalf("build algorithms/%s for wasip1: %v\n%s", name, err, stderr.String())
	}
	built[name] = out
	return out
}

// AlgorithmBytes is Algorithm's module, read.
func AlgorithmBytes(tb testing.TB, name string) []byte {
	tb.Helper()
	b, err := os.ReadFile(Algorithm(tb, name))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}
