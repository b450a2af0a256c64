package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRunReceiptVerify(t *testing.T) {
	home := t.TempDir()
	dir := t.TempDir()
	rcpt := filepath.Join(dir, "run.receipt.json")
	mod := vec("abi_sum_input", "module.wasm")
	x := "X=" + vec("abi_sum_input", "X.csv")
	if code, _, errs := dmlrun(t, "run", mod, "--input", x, "--receipt", rcpt, "--out", filepath.Join(dir, "out"), "--home", home); code != ExitOK {
		t.Fatalf("run: exit %d: %s", code, errs)
	}
	if _, err := os.Stat(filepath.Join(dir, "out", "outputs", "sum.npy")); err != nil {
		t.Errorf("--out: %v", err)
	}
	data, err := os.ReadFile(rcpt)
	if err != nil {
		t.Fatal(err)
	}
	edited := filepath.Join(dir, "edited.json")
	os.WriteFile(edited, []byte(strings.Replace(string(data), `"gas_limit": 10000000000`, `"gas_limit": 10000000001`, 1)), 0o644)
	otherX := "X=" + vec("status_size_mismatch", "X.csv")

	tests := []struct {
		name      string
		args      []string
		code      int
		stderrHas []string
	}{
		{"same inputs", []string{rcpt, "--input", x}, ExitOK, nil},
		{"same inputs, interpreter", []string{rcpt, "--input", x, "--engine", "interpreter"}, ExitOK, nil},
		{"other inputs", []string{rcpt, "--input", otherX}, ExitVerifyMismatch, []string{"input_commitment differs: receipt ", "the inputs are not the ones the receipt was made with", "result_hash differs"}},
		{"other params", []string{rcpt, "--input", x, "--params", vec("status_over_cap", "vector.json")}, ExitVerifyMismatch, []string{"params_sha256 differs"}},
		{"other module", []string{rcpt, "--input", x, "--module", vec("abi_log_gas", "module.wasm")}, ExitVerifyMismatch, []string{"module_sha256 differs"}},
		{"missing input", []string{rcpt}, ExitVerifyMismatch, []string{"status differs: receipt ok, re-run algorithm_error"}},
		{"input refused", []string{rcpt, "--input", "X"}, ExitInvalidInput, []string{"want NAME=FILE"}},
		{"edited receipt", []string{edited, "--input", x}, ExitReceiptEdited, []string{"receipt was edited: id does not match its contents"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errs := dmlrun(t, append([]string{"verify", "--home", home}, tc.args...)...)
			if code != tc.code {
				t.Errorf("exit %d, want %d; stderr %q", code, tc.code, errs)
			}
			for _, s := range tc.stderrHas {
				if !strings.Contains(errs, s) {
					t.Errorf("stderr %q lacks %q", errs, s)
				}
			}
		})
	}
	code, out, _ := dmlrun(t, "verify", "--json", "--home", home, rcpt, "--input", x)
	var v verification
	if err := json.Unmarshal([]byte(out), &v); err != nil || code != ExitOK || !v.Verified || v.Rerun == nil {
		t.Errorf("verify --json: exit %d, %v, %s", code, err, out)
	}
}
