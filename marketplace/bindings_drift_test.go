package marketplace

import (
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestBindingsMatchABI regenerates the Go bindings from the committed
// .abi/.bin with abigen (go run, from the module proxy or cache) and fails
// if they differ from the committed ones.
func TestBindingsMatchABI(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping abigen (first build takes minutes)")
	}
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh to run contracts/generate.sh")
	}
	out := t.TempDir()
	cmd := exec.Command("sh", "contracts/generate.sh")
	cmd.Env = append(os.Environ(), "DML_SKIP_SOLC=1", "DML_BINDINGS_DIR="+out)
	if msg, err := cmd.CombinedOutput(); err != nil {
		if bytes.Contains(msg, []byte("proxy")) || bytes.Contains(msg, []byte("dial tcp")) {
			t.Skipf("abigen cannot be built offline here: %s", msg)
		}
		t.Fatalf("generate.sh: %v\n%s", err, msg)
	}
	compareDirs(t, "bindings", out, ".go")
}

// TestBuildMatchesSources recompiles the contracts with the pinned solcjs
// when node_modules is installed, and fails if .abi/.bin drifted from src/.
func TestBuildMatchesSources(t *testing.T) {
	if _, err := os.Stat("contracts/node_modules/.bin/solcjs"); err != nil {
		t.Skip("contracts/node_modules not installed (npm ci in marketplace/contracts): skipping the solc drift check")
	}
	if testing.Short() {
		t.Skip("-short: skipping solc")
	}
	out := t.TempDir()
	cmd := exec.Command("node", "contracts/compile.js", out)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("compile.js: %v\n%s", err, msg)
	}
	compareDirs(t, "contracts/build", out, "")
}

func compareDirs(t *testing.T, committed, fresh, ext string) {
	t.Helper()
	n := 0
	err := filepath.WalkDir(fresh, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ext) {
			return err
		}
		rel, _ := filepath.Rel(fresh, path)
		n++
		want, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		got, err := os.ReadFile(filepath.Join(committed, rel))
		if err != nil {
			t.Errorf("%s/%s missing: run marketplace/contracts/generate.sh", committed, rel)
			return nil
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s/%s differs from a fresh build: run marketplace/contracts/generate.sh and commit the result", committed, rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatalf("nothing generated in %s", fresh)
	}
}
