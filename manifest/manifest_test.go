package manifest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/decentralized-ml/dml/abi"
)

const yamlManifest = `
name: linreg
version: 1.2.0
abi_version: 1
author: someone
description: least squares
gas_limit: 1000000
inputs:
  - {name: X, dtype: f64, shape: [rows, d]}
  - {name: 'y', dtype: f64, shape: [rows]}
  - {name: mask, dtype: u8, shape: [rows], optional: true}
models:
  - {name: w, dtype: f64, shape: [d]}
outputs:
  - {name: coef, dtype: f64, max_bytes: 4096}
deltas:
  - {name: dw, dtype: f32, max_bytes: 1024}
`

const jsonManifest = `{"name": "linreg", "version": "1.2.0", "abi_version": 1, "author": "someone",
 "description": "least squares", "gas_limit": 1000000,
 "inputs": [{"name": "X", "dtype": "f64", "shape": ["rows", "d"]}, {"name": "y", "dtype": "f64", "shape": ["rows"]},
            {"name": "mask", "dtype": "u8", "shape": ["rows"], "optional": true}],
 "models": [{"name": "w", "dtype": "f64", "shape": ["d"]}],
 "outputs": [{"name": "coef", "dtype": "f64", "max_bytes": 4096}],
 "deltas": [{"name": "dw", "dtype": "f32", "max_bytes": 1024}]}`

func TestParseYAMLAndJSON(t *testing.T) {
	for name, text := range map[string]string{"yaml": yamlManifest, "json": jsonManifest} {
		m, err := Parse([]byte(text))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if m.Name != "linreg" || m.Version != "1.2.0" || m.ABIVersion != 1 || m.Author != "someone" || m.GasLimit != 1000000 {
			t.Errorf("%s: header %+v", name, m)
		}
		if len(m.Inputs) != 3 || m.Inputs[0].Shape[0].Symbol != "rows" || m.Inputs[0].Shape[1].Symbol != "d" || !m.Inputs[2].Optional {
			t.Errorf("%s: inputs %+v", name, m.Inputs)
		}
		if len(m.Models) != 1 || m.Models[0].DType != "f64" {
			t.Errorf("%s: models %+v", name, m.Models)
		}
		if s, ok := m.Emit(abi.EmitOutput, "coef"); !ok || s.MaxBytes != 4096 {
			t.Errorf("%s: output coef %+v %v", name, s, ok)
		}
		if s, ok := m.Emit(abi.EmitDelta, "dw"); !ok || s.DType != "f32" || s.MaxBytes != 1024 {
			t.Errorf("%s: delta dw %+v %v", name, s, ok)
		}
		if _, ok := m.Emit(abi.EmitDelta, "coef"); ok {
			t.Errorf("%s: coef found among deltas", name)
		}
		if _, ok := m.Emit(abi.EmitOutput, "nope"); ok {
			t.Errorf("%s: undeclared output found", name)
		}
	}
}

func TestDims(t *testing.T) {
	m, err := Parse([]byte("name: a\nversion: '1'\nabi_version: 1\ninputs:\n  - {name: x, dtype: i32, shape: [3, 0, n_2, _k]}\n  - {name: s, dtype: u8, shape: []}\n"))
	if err != nil {
		t.Fatal(err)
	}
	got := m.Inputs[0].Shape
	if len(got) != 4 || got[0].Size != 3 || got[1].Size != 0 || got[1].Symbol != "" || got[2].Symbol != "n_2" || got[3].String() != "_k" || got[0].String() != "3" {
		t.Errorf("dims %v", got)
	}
	if len(m.Inputs[1].Shape) != 0 {
		t.Errorf("scalar shape %v", m.Inputs[1].Shape)
	}
	b, err := got[2].MarshalJSON()
	if err != nil || string(b) != `"n_2"` {
		t.Errorf("MarshalJSON symbol: %s %v", b, err)
	}
	if b, _ := got[0].MarshalJSON(); string(b) != "3" {
		t.Errorf("MarshalJSON size: %s", b)
	}
}

func TestParseErrors(t *testing.T) {
	head := "name: a\nversion: '1'\nabi_version: 1\n"
	tests := []struct {
		name string
		text string
		err  string
	}{
		{"not yaml", "name: [unclosed", "neither YAML nor JSON"},
		{"empty", "", "name is required"},
		{"missing name", "version: '1'\nabi_version: 1\n", "name is required"},
		{"missing version", "name: a\nabi_version: 1\n", "manifest a: version is required"},
		{"missing abi_version", "name: a\nversion: '1'\n", "abi_version 0 is not supported"},
		{"abi_version 2", "name: a\nversion: '1'\nabi_version: 2\n", "abi_version 2 is not supported: this runtime implements ABI 1"},
		{"unknown field", head + "gas: 5\n", `unknown field "gas"`},
		{"unknown nested field", head + "inputs: [{name: x, dtype: f64, shape: [1], dtpye: f32}]\n", `unknown field "dtpye"`},
		{"bad input dtype", head + "inputs: [{name: x, dtype: f16, shape: [1]}]\n", `inputs "x": unknown dtype "f16"`},
		{"missing dtype", head + "models: [{name: w, shape: [1]}]\n", `models "w": unknown dtype ""`},
		{"bad output dtype", head + "outputs: [{name: o, dtype: float64, max_bytes: 8}]\n", `outputs "o": unknown dtype "float64"`},
		{"duplicate input", head + "inputs: [{name: x, dtype: f64, shape: [1]}, {name: x, dtype: f64, shape: [2]}]\n", `inputs: "x" declared twice`},
		{"duplicate delta", head + "deltas: [{name: d, dtype: f64, max_bytes: 8}, {name: d, dtype: f32, max_bytes: 8}]\n", `deltas: "d" declared twice`},
		{"rank 9", head + "inputs: [{name: x, dtype: f64, shape: [1,1,1,1,1,1,1,1,1]}]\n", `inputs "x": rank 9 exceeds 8`},
		{"missing max_bytes", head + "outputs: [{name: o, dtype: f64}]\n", `outputs "o": max_bytes is required`},
		{"missing delta max_bytes", head + "deltas: [{name: d, dtype: f64}]\n", `deltas "d": max_bytes is required`},
		{"missing input name", head + "inputs: [{dtype: f64, shape: [1]}]\n", `inputs[0]: name ""`},
		{"bad output name", head + "outputs: [{name: 'a b', dtype: f64, max_bytes: 8}]\n", `outputs[0]: name "a b"`},
		{"long name", head + "models: [{name: " + strings.Repeat("m", abi.MaxNameLen+1) + ", dtype: f64, shape: [1]}]\n", "want 1..256 characters"},
		{"negative dim", head + "inputs: [{name: x, dtype: f64, shape: [-1]}]\n", "dim -1: want a non-negative integer or a name"},
		{"fractional dim", head + "inputs: [{name: x, dtype: f64, shape: [1.5]}]\n", "dim 1.5"},
		{"bad symbol", head + "inputs: [{name: x, dtype: f64, shape: ['2n']}]\n", `dim "2n": a symbolic dim is an identifier`},
		{"negative max_bytes", head + "outputs: [{name: o, dtype: f64, max_bytes: -8}]\n", "max_bytes"},
	}
	for _, tc := range tests {
		_, err := Parse([]byte(tc.text))
		if err == nil || !strings.Contains(err.Error(), tc.err) {
			t.Errorf("%s: err = %v, want %q", tc.name, err, tc.err)
		}
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "manifest.yaml")
	if err := os.WriteFile(p, []byte(yamlManifest), 0o644); err != nil {
		t.Fatal(err)
	}
	if m, err := Load(p); err != nil || m.Name != "linreg" {
		t.Fatalf("Load: %v %v", m, err)
	}
	bad := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(bad, []byte(`{"name": "a"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(bad); err == nil || !strings.Contains(err.Error(), bad) || !strings.Contains(err.Error(), "version is required") {
		t.Errorf("Load of an invalid manifest: %v", err)
	}
	if _, err := Load(filepath.Join(dir, "none.yaml")); err == nil || !strings.Contains(err.Error(), "none.yaml") {
		t.Errorf("Load of a missing file: %v", err)
	}
}

// TestYAMLBooleanLookalikeSymbols: in YAML 1.1, which sigs.k8s.io/yaml
// follows, the plain scalars n, N, y, Y, no, yes, on, off are booleans, so
// `shape: [n, d]` — the natural way to write a symbolic dim — arrives as
// [false, "d"] and the manifest is refused with "dim false"; `name: y`
// is refused as a bool. A manifest is
// YAML 1.2 in spirit (JSON is YAML): these must be symbols. Reported to the
// lead: convert with a YAML 1.2 decoder (go.yaml.in/yaml/v3 is in go.mod).
func TestYAMLBooleanLookalikeSymbols(t *testing.T) {
	for _, sym := range []string{"n", "y", "N", "Y", "on", "off", "no", "yes"} {
		m, err := Parse([]byte("name: a\nversion: '1'\nabi_version: 1\ninputs:\n  - {name: x, dtype: f64, shape: [" + sym + "]}\n"))
		if err != nil {
			t.Errorf("shape [%s]: %v", sym, err)
			continue
		}
		if got := m.Inputs[0].Shape[0].Symbol; got != sym {
			t.Errorf("shape [%s]: symbol %q", sym, got)
		}
	}
	// The same bites tensor names: `name: y` (a label vector) arrives as true.
	m, err := Parse([]byte("name: a\nversion: '1'\nabi_version: 1\ninputs:\n  - {name: y, dtype: f64, shape: [3]}\n"))
	if err != nil || m.Inputs[0].Name != "y" {
		t.Errorf("input named y: %v", err)
	}
}
