package tensorfile

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzLoad: no file content makes Load panic, and whatever loads is well formed.
func FuzzLoad(f *testing.F) {
	f.Add([]byte(handNPY("{'descr': '<f8', 'fortran_order': True, 'shape': (1, 1), }", le(1.0))), true)
	f.Add([]byte("\x93NUMPY\x01\x00\x05\x00{'}\n"), true)
	f.Add([]byte("a,b\n1,2\n"), false)
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, content []byte, npy bool) {
		p := filepath.Join(dir, "f.csv")
		if npy {
			p = filepath.Join(dir, "f.npy")
		}
		if err := os.WriteFile(p, content, 0o644); err != nil {
			t.Fatal(err)
		}
		x, err := Load(p, "x", 0, -1)
		if err == nil {
			if cerr := x.Check(); cerr != nil {
				t.Fatalf("Load returned a malformed tensor: %v", cerr)
			}
		}
	})
}
