package conformance

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/engine"
)

func TestJob(t *testing.T) {
	fsys := fstest.MapFS{
		"v/m.wasm":        {Data: []byte("\x00asm\x01\x00\x00\x00")},
		"v/X.csv":         {Data: []byte("1,2\n3,4\n")},
		"v/p.json":        {Data: []byte(`{"k": 1}`)},
		"v/bad.json":      {Data: []byte(`{"k": `)},
		"v/manifest.yaml": {Data: []byte("name: t\nversion: 1.0.0\nabi_version: 1\ninputs:\n  - {name: X, dtype: f32, shape: [rows, d]}\n")},
	}
	tests := []struct {
		name    string
		v       Vector
		wantErr string
		check   func(t *testing.T, j *engine.Job)
	}{
		{"inputs without manifest are f64", Vector{Module: "m.wasm", Inputs: map[string]string{"X": "X.csv"}}, "", func(t *testing.T, j *engine.Job) {
			if len(j.Inputs) != 1 || j.Inputs[0].DType != abi.F64 || j.Inputs[0].Name != "X" {
				t.Errorf("inputs = %+v", j.Inputs)
			}
		}},
		{"manifest dtype applies", Vector{Module: "m.wasm", Manifest: "manifest.yaml", Inputs: map[string]string{"X": "X.csv"}}, "", func(t *testing.T, j *engine.Job) {
			if j.Manifest == nil || j.Inputs[0].DType != abi.F32 {
				t.Errorf("manifest not applied: %+v", j.Inputs)
			}
		}},
		{"params file", Vector{Module: "m.wasm", Params: []byte(`"p.json"`)}, "", func(t *testing.T, j *engine.Job) {
			if string(j.Params) != `{"k": 1}` {
				t.Errorf("params = %s", j.Params)
			}
		}},
		{"inline params compacted", Vector{Module: "m.wasm", Params: []byte(`{ "k" : 1 }`), GasLimit: 9}, "", func(t *testing.T, j *engine.Job) {
			if string(j.Params) != `{"k":1}` || j.GasLimit != 9 {
				t.Errorf("job = %+v", j)
			}
		}},
		{"bad params file", Vector{Module: "m.wasm", Params: []byte(`"bad.json"`)}, "not valid JSON", nil},
		{"missing input", Vector{Module: "m.wasm", Inputs: map[string]string{"X": "nope.csv"}}, "nope.csv", nil},
		{"pinned module differs", Vector{Module: "m.wasm", ModuleSHA256: strings.Repeat("0", 64)}, "toolchain produced a different module", nil},
		{"missing algorithm build", Vector{Algorithm: "nope", AlgorithmsDir: t.TempDir()}, "run `make algorithms` first", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.v.Name, tc.v.FS, tc.v.Dir = "v", fsys, "v"
			_, j, err := tc.v.Job()
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			tc.check(t, j)
		})
	}
}

func TestAlgorithmModulePin(t *testing.T) {
	dir := t.TempDir()
	mod := []byte("\x00asm\x01\x00\x00\x00")
	if err := os.WriteFile(filepath.Join(dir, "a.wasm"), mod, 0o644); err != nil {
		t.Fatal(err)
	}
	v := Vector{Name: "v", Algorithm: "a", AlgorithmsDir: dir, FS: fstest.MapFS{}, Dir: "v"}
	if _, _, err := v.Job(); !errors.Is(err, ErrVector) {
		t.Errorf("unpinned algorithm: err = %v, want ErrVector", err)
	}
	v.ModuleSHA256 = "93a44bbb96c751218e4c00d479e4c14358122a389acca16205b1e4d0dc5f9476"
	if _, _, err := v.Job(); err != nil {
		t.Errorf("pinned algorithm: %v", err)
	}
	v.ModuleSHA256 = strings.Repeat("1", 64)
	if _, _, err := v.Job(); !errors.Is(err, ErrToolchain) {
		t.Errorf("other build: err = %v, want ErrToolchain", err)
	}
}
