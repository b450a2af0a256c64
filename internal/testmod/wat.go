package testmod

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// WatUpToDate rebuilds each dir/*.wat with wat2wasm (flags from its first
// line, ";; flags: ...") and fails unless the committed .wasm is identical.
// It skips when wat2wasm (Debian wabt) is not installed.
func WatUpToDate(t *testing.T, dir string) {
	tool, err := exec.LookPath("wat2wasm")
	if err != nil {
		t.Skip("wat2wasm not installed (Debian package wabt)")
	}
	wats, err := filepath.Glob(filepath.Join(dir, "*.wat"))
	if err != nil || len(wats) == 0 {
		t.Fatalf("no .wat files in %s: %v", dir, err)
	}
	for _, wat := range wats {
		t.Run(filepath.Base(wat), func(t *testing.T) {
			f, err := os.Open(wat)
			if err != nil {
				t.Fatal(err)
			}
			first, _ := bufio.NewReader(f).ReadString('\n')
			f.Close()
			var args []string
			if rest, ok := strings.CutPrefix(strings.TrimSpace(first), ";; flags:"); ok {
				args = strings.Fields(rest)
			}
			out := filepath.Join(t.TempDir(), "out.wasm")
			if msg, err := exec.Command(tool, append(args, wat, "-o", out)...).CombinedOutput(); err != nil {
				t.Fatalf("wat2wasm: %v\n%s", err, msg)
			}
			got, _ := os.ReadFile(out)
			want, err := os.ReadFile(strings.TrimSuffix(wat, ".wat") + ".wasm")
			if err != nil || !bytes.Equal(got, want) {
				t.Fatalf("%s.wasm is stale or missing (%v): regenerate it with wat2wasm %s", strings.TrimSuffix(wat, ".wat"), err, strings.Join(args, " "))
			}
		})
	}
}
