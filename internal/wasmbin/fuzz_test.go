package wasmbin

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzDecode: Decode never panics, and CheckFeatures never panics on what
// Decode accepts.
func FuzzDecode(f *testing.F) {
	seeds := [][]byte{
		codeModule(0x41, 1, 0x1a),
		codeModule(0x02, 0x40, 0x0e, 2, 0, 0, 0, 0x0b),
		codeModule(0xfd, 0x0c, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 0x1a),
		funcModule([]byte{1, 0x80, 0x80, 0x80, 0x80, 0x04, 0x7f, 0x0b}),
		module(section(SecCustom, 1, 'n', 9)),
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "*.wasm"))
	for _, file := range files {
		if b, err := os.ReadFile(file); err == nil {
			seeds = append(seeds, b)
		}
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Decode(b)
		if err != nil {
			return
		}
		_ = m.CheckFeatures()
		for i := range m.Functions {
			_, _ = m.FuncType(m.NumImportedFuncs() + uint32(i))
		}
	})
}
