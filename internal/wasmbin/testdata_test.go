package wasmbin

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestTestdataUpToDate rebuilds each testdata/*.wat with wat2wasm (flags
// from its first line, ";; flags: ...") and checks the committed .wasm.
func TestTestdataUpToDate(t *testing.T) {
	tool, err := exec.LookPath("wat2wasm")
	if err != nil {
		t.Skip("wat2wasm not installed (Debian package wabt)")
	}
	wats, err := filepath.Glob(filepath.Join("testdata", "*.wat"))
	if err != nil || len(wats) == 0 {
		t.Fatalf("no .wat files: %v", err)
	}
	for _, wat := range wats {
		t.Run(filepath.Base(wat), func(t *testing.T) {
			f, err := os.Open(wat)
			if err != nil {
				t.Fatal(err)
			}
			first, _ := bufio.NewReader(f).ReadString('\n')
			f.Close()
			args := strings.Fields(strings.TrimPrefix(strings.TrimSpace(first), ";; flags:"))
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
