package manifest

import (
	"testing"

	"github.com/decentralized-ml/dml/abi"
)

func TestDeclared(t *testing.T) {
	m, err := Parse([]byte(`
name: t
version: "1"
abi_version: 1
inputs: [{name: X, dtype: f64, shape: [n, d]}, {name: y, dtype: i64, shape: [n]}]
models: [{name: W, dtype: f32, shape: [d, k]}]
`))
	if err != nil {
		t.Fatal(err)
	}
	var none *Manifest
	cases := []struct {
		m     *Manifest
		name  string
		model bool
		dtype abi.DType
		rank  int
	}{
		{m, "X", false, abi.F64, 2},
		{m, "y", false, abi.I64, 1},
		{m, "W", true, abi.F32, 2},
		{m, "W", false, 0, -1}, // W is a model, not an input
		{m, "z", false, 0, -1},
		{none, "X", false, 0, -1},
	}
	for _, c := range cases {
		if d, r := c.m.Declared(c.name, c.model); d != c.dtype || r != c.rank {
			t.Errorf("Declared(%q, %v) = %s, %d; want %s, %d", c.name, c.model, d, r, c.dtype, c.rank)
		}
	}
}
