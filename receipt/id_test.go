package receipt

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestCanonicalJSON(t *testing.T) {
	r, err := sample("a<b>&c.wasm", time.Unix(0, 0))
	if err != nil {
		t.Fatal(err)
	}
	c, err := r.CanonicalJSON()
	if err != nil {
		t.Fatal(err)
	}
	s := string(c)
	for _, want := range []string{`{"abi_version":1,`, `"module_path":"a<b>&c.wasm"`, `"gas_used":400`} {
		if !strings.Contains(s, want) {
			t.Errorf("canonical JSON %s lacks %s", s, want)
		}
	}
	for _, bad := range []string{"receipt_id", " ", "\n"} {
		if strings.Contains(s, bad) {
			t.Errorf("canonical JSON %s contains %q", s, bad)
		}
	}
}

func TestLargeGasSurvivesCanonicalForm(t *testing.T) {
	r, err := sample("", time.Unix(0, 0), func(r *Receipt) {
		r.GasUsed = 1<<63 + 1 // not representable as float64
	})
	if err != nil {
		t.Fatal(err)
	}
	c, _ := r.CanonicalJSON()
	if !strings.Contains(string(c), `"gas_used":9223372036854775809`) {
		t.Errorf("gas_used rounded in %s", c)
	}
}

func TestEveryFieldIsCoveredByID(t *testing.T) {
	edits := map[string]func(r *Receipt){
		"version":          func(r *Receipt) { r.Version = 2 },
		"module_sha256":    func(r *Receipt) { r.ModuleSHA256 = "x" },
		"module_cid":       func(r *Receipt) { r.ModuleCID = "x" },
		"module_path":      func(r *Receipt) { r.ModulePath = "x" },
		"input_commitment": func(r *Receipt) { r.InputCommitment = "x" },
		"params_sha256":    func(r *Receipt) { r.ParamsSHA256 = "x" },
		"model_sha256":     func(r *Receipt) { r.ModelSHA256 = "x" },
		"result_hash":      func(r *Receipt) { r.ResultHash = "x" },
		"status":           func(r *Receipt) { r.Status = "trap" },
		"gas_limit":        func(r *Receipt) { r.GasLimit++ },
		"gas_used":         func(r *Receipt) { r.GasUsed-- },
		"gas_table":        func(r *Receipt) { r.GasTable = "x" },
		"memory_limit_mib": func(r *Receipt) { r.MemoryLimitMiB = 2 },
		"determinism":      func(r *Receipt) { r.Determinism = "fast-amd64" },
		"abi_version":      func(r *Receipt) { r.ABIVersion = 2 },
		"runtime_version":  func(r *Receipt) { r.RuntimeVersion = "9" },
		"engine":           func(r *Receipt) { r.Engine = "interpreter" },
		"created_at":       func(r *Receipt) { r.CreatedAt = "x" },
	}
	if n := reflect.TypeFor[Receipt]().NumField() - 1; len(edits) != n { // all but receipt_id
		t.Fatalf("%d fields edited, the receipt has %d besides its id: add the new ones", len(edits), n)
	}
	for field, edit := range edits {
		t.Run(field, func(t *testing.T) {
			r, err := sample("m.wasm", time.Unix(0, 0))
			if err != nil {
				t.Fatal(err)
			}
			edit(r)
			if err := r.CheckID(); !errors.Is(err, ErrEdited) {
				t.Errorf("edit of %s not caught: %v", field, err)
			}
		})
	}
}
