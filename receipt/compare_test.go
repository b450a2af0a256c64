package receipt

import (
	"strings"
	"testing"
	"time"
)

func TestCompare(t *testing.T) {
	base, err := sample("a.wasm", time.Unix(0, 0))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		edit   func(r *Receipt)
		fields []string
	}{
		{"identical", func(r *Receipt) {}, nil},
		{"informational fields are not compared", func(r *Receipt) {
			r.ModulePath, r.Engine, r.RuntimeVersion, r.CreatedAt = "b.wasm", "interpreter", "9", "later"
		}, nil},
		{"inputs", func(r *Receipt) { r.InputCommitment = "jj" }, []string{"input_commitment"}},
		{"result and gas", func(r *Receipt) { r.ResultHash, r.GasUsed = "ss", 401 }, []string{"result_hash", "gas_used"}},
		{"module", func(r *Receipt) { r.ModuleSHA256 = "bb" }, []string{"module_sha256"}},
		{"params and model", func(r *Receipt) { r.ParamsSHA256, r.ModelSHA256 = "q", "m" }, []string{"model_sha256", "params_sha256"}},
		{"status", func(r *Receipt) { r.Status = "out_of_gas" }, []string{"status"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := *base
			tc.edit(&got)
			diffs := Compare(base, &got)
			var fields []string
			for _, d := range diffs {
				fields = append(fields, d.Field)
			}
			if strings.Join(fields, ",") != strings.Join(tc.fields, ",") {
				t.Errorf("fields = %v, want %v", fields, tc.fields)
			}
		})
	}
}

func TestDifferenceString(t *testing.T) {
	a, _ := sample("", time.Unix(0, 0))
	b := *a
	b.InputCommitment = "9b02"
	d := Compare(a, &b)
	if len(d) != 1 {
		t.Fatalf("diffs = %v", d)
	}
	want := "input_commitment differs: receipt ii, re-run 9b02 — the inputs are not the ones the receipt was made with"
	if d[0].String() != want {
		t.Errorf("got %q", d[0].String())
	}
	b.InputCommitment, b.ResultHash = a.InputCommitment, ""
	d = Compare(a, &b)
	if len(d) != 1 || !strings.Contains(d[0].String(), "re-run (none) —") {
		t.Errorf("empty value: %v", d)
	}
}
