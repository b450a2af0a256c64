package wasmbin

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// buildGoReactor builds testdata/goreactor as a wasip1 reactor.
func buildGoReactor(t testing.TB) []byte {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go tool not found: cannot build the Go wasip1 reactor")
	}
	out := filepath.Join(t.TempDir(), "reactor.wasm")
	cmd := exec.Command(goTool, "build", "-buildmode=c-shared", "-o", out, "./testdata/goreactor")
	cmd.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm")
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, msg)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDecodeGoReactor(t *testing.T) {
	b := buildGoReactor(t)
	m, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	if err := m.CheckFeatures(); err != nil {
		t.Fatal(err)
	}
	exports := map[string]Export{}
	for _, e := range m.Exports {
		exports[e.Name] = e
	}
	for _, name := range []string{"memory", "_initialize", "add"} {
		if _, ok := exports[name]; !ok {
			t.Errorf("export %q missing; exports: %v", name, m.Exports)
		}
	}
	ft, err := m.FuncType(exports["add"].Index)
	if err != nil || string(ft.Params) != string([]byte{I32, I32}) || string(ft.Results) != string([]byte{I32}) {
		t.Errorf("add type = %+v, %v", ft, err)
	}
	for _, im := range m.Imports {
		if im.Module != "wasi_snapshot_preview1" || im.Kind != KindFunc {
			t.Errorf("unexpected import %+v", im)
		}
	}
	n := 0
	var in Instr
	for i := range m.Codes {
		r := m.Body(i)
		for {
			err := r.Next(&in)
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("function %d: %v", i, err)
			}
			n++
		}
	}
	t.Logf("%d bytes, %d functions, %d instructions", len(b), len(m.Codes), n)
}

func BenchmarkDecodeGoReactor(b *testing.B) {
	wasm := buildGoReactor(b)
	b.SetBytes(int64(len(wasm)))
	for b.Loop() {
		m, err := Decode(wasm)
		if err != nil {
			b.Fatal(err)
		}
		if err := m.CheckFeatures(); err != nil {
			b.Fatal(err)
		}
	}
}
