package manifest

import (
	"strings"
	"testing"

	"github.com/decentralized-ml/dml/abi"
)

func tz(name string, dt abi.DType, shape ...int64) abi.Tensor {
	size, err := abi.ByteSize(dt, shape)
	if err != nil {
		panic(err)
	}
	return abi.Tensor{Name: name, DType: dt, Shape: shape, Data: make([]byte, size)}
}

func TestCheckTensors(t *testing.T) {
	if _, err := Parse([]byte(yamlManifest + "  - {name: fixed, dtype: i32, shape: [2, d]}\n")); err == nil {
		t.Fatal("a tensor spec under deltas must not parse")
	}
	m, err := Parse([]byte(strings.Replace(yamlManifest, "models:\n", "  - {name: k, dtype: i32, shape: [2, d], optional: true}\nmodels:\n", 1)))
	if err != nil {
		t.Fatal(err)
	}
	X, y, w := tz("X", abi.F64, 4, 3), tz("y", abi.F64, 4), tz("w", abi.F64, 3)
	tests := []struct {
		name   string
		inputs []abi.Tensor
		models []abi.Tensor
		err    []string
	}{
		{"ok", []abi.Tensor{X, y}, []abi.Tensor{w}, nil},
		{"ok any order, optional given", []abi.Tensor{tz("mask", abi.U8, 4), y, X, tz("k", abi.I32, 2, 3)}, []abi.Tensor{w}, nil},
		{"empty dims bind", []abi.Tensor{tz("X", abi.F64, 0, 0), tz("y", abi.F64, 0)}, []abi.Tensor{tz("w", abi.F64, 0)}, nil},
		{"n mismatch", []abi.Tensor{X, tz("y", abi.F64, 5)}, []abi.Tensor{w}, []string{`input "y"`, "dim 0 (rows) is 5", `input "X" has rows = 4`}},
		{"d mismatch across inputs and models", []abi.Tensor{X, y}, []abi.Tensor{tz("w", abi.F64, 2)}, []string{`model "w"`, "(d) is 2", `input "X" has d = 3`}},
		{"optional binds too", []abi.Tensor{X, y, tz("mask", abi.U8, 3)}, []abi.Tensor{w}, []string{`input "mask"`, "(rows) is 3", "rows = 4"}},
		{"fixed dim", []abi.Tensor{X, y, tz("k", abi.I32, 3, 3)}, []abi.Tensor{w}, []string{`input "k"`, "dim 0 is 3", "expects 2"}},
		{"missing input", []abi.Tensor{X}, []abi.Tensor{w}, []string{`input "y" is required by manifest linreg`, "[rows]", "f64"}},
		{"missing model", []abi.Tensor{X, y}, nil, []string{`model "w" is required`}},
		{"undeclared input", []abi.Tensor{X, y, tz("z", abi.F64, 1)}, []abi.Tensor{w}, []string{`input "z" is not declared by manifest linreg`}},
		{"undeclared model", []abi.Tensor{X, y}, []abi.Tensor{w, tz("b", abi.F64, 1)}, []string{`model "b" is not declared`}},
		{"input given as model", []abi.Tensor{y}, []abi.Tensor{w, X}, []string{`input "X" is required`}},
		{"wrong dtype", []abi.Tensor{tz("X", abi.F32, 4, 3), y}, []abi.Tensor{w}, []string{`input "X": dtype f32`, "expects f64"}},
		{"wrong rank", []abi.Tensor{X, tz("y", abi.F64, 4, 1)}, []abi.Tensor{w}, []string{`input "y": shape [4 1] has rank 2`, "expects shape [rows]"}},
		{"scalar given for vector", []abi.Tensor{X, tz("y", abi.F64)}, []abi.Tensor{w}, []string{"rank 0"}},
	}
	for _, tc := range tests {
		err := m.CheckTensors(tc.inputs, tc.models)
		if tc.err == nil {
			if err != nil {
				t.Errorf("%s: %v", tc.name, err)
			}
			continue
		}
		if err == nil {
			t.Errorf("%s: no error", tc.name)
			continue
		}
		for _, s := range tc.err {
			if !strings.Contains(err.Error(), s) {
				t.Errorf("%s: error %q does not mention %q", tc.name, err, s)
			}
		}
	}
}

// TestCheckTensorsNoManifestTensors: a manifest that declares nothing refuses any input.
func TestCheckTensorsEmptyManifest(t *testing.T) {
	m, err := Parse([]byte("name: e\nversion: '1'\nabi_version: 1\n"))
	if err != nil {
		t.Fatal(err)
	}
	if err := m.CheckTensors(nil, nil); err != nil {
		t.Error(err)
	}
	if err := m.CheckTensors([]abi.Tensor{tz("x", abi.U8, 1)}, nil); err == nil || !strings.Contains(err.Error(), `input "x" is not declared`) {
		t.Errorf("err = %v", err)
	}
}

// TestCheckTensorsDuplicate: two tensors of one kind with one name (e.g.
// `--input y=a.npy --input y=b.npy`) must be refused. Today the second
// silently replaces the first in CheckTensors' map, so the check passes while
// the input commitment hashes both records (in caller order, since the sort
// ties). Reported to the lead.
func TestCheckTensorsDuplicate(t *testing.T) {
	m, err := Parse([]byte(yamlManifest))
	if err != nil {
		t.Fatal(err)
	}
	X, y, w := tz("X", abi.F64, 4, 3), tz("y", abi.F64, 4), tz("w", abi.F64, 3)
	for name, c := range map[string]struct{ in, mod []abi.Tensor }{
		"input": {[]abi.Tensor{X, y, tz("y", abi.F64, 4)}, []abi.Tensor{w}},
		"model": {[]abi.Tensor{X, y}, []abi.Tensor{w, w}},
	} {
		err := m.CheckTensors(c.in, c.mod)
		if err == nil || !strings.Contains(err.Error(), "twice") {
			t.Errorf("duplicate %s: err = %v, want an error saying it is given twice", name, err)
		}
	}
}
