package conformance

import (
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"testing"
)

// TestWatMatchesWasm re-assembles every vector's module.wat and demands the
// committed module.wasm be exactly its output.
func TestWatMatchesWasm(t *testing.T) {
	wat2wasm, err := exec.LookPath("wat2wasm")
	if err != nil {
		t.Skip("wat2wasm is not on PATH (Debian package wabt)")
	}
	vs, err := Load(Embedded)
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	for _, v := range vs {
		if v.Module == "" {
			continue
		}
		wat := strings.TrimSuffix(v.Module, ".wasm") + ".wat"
		src, err := fs.ReadFile(Embedded, path.Join(v.Dir, wat))
		if err != nil {
			if !strings.Contains(v.Description, "no .wat") {
				t.Errorf("%s: %s is missing, and the description does not say the vector has no .wat", v.Name, wat)
			}
			continue
		}
		in := filepath.Join(tmp, v.Name+".wat")
		out := filepath.Join(tmp, v.Name+".wasm")
		if err := os.WriteFile(in, src, 0o644); err != nil {
			t.Fatal(err)
		}
		if msg, err := exec.Command(wat2wasm, "--enable-threads", in, "-o", out).CombinedOutput(); err != nil {
			t.Errorf("%s: wat2wasm: %v\n%s", v.Name, err, msg)
			continue
		}
		got, _ := os.ReadFile(out)
		want, err := fs.ReadFile(Embedded, path.Join(v.Dir, v.Module))
		if err != nil {
			t.Errorf("%s: %v", v.Name, err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: %s differs from wat2wasm %s: reassemble with `wat2wasm --enable-threads %s -o %s`", v.Name, v.Module, wat, wat, v.Module)
		}
	}
}
