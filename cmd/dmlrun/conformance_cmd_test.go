package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// copyVector copies a vector directory of the source tree into dst.
func copyVector(t *testing.T, dst, name string) {
	t.Helper()
	entries, err := os.ReadDir(filepath.Join(vectors, name))
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Join(dst, name), 0o755)
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(vectors, name, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dst, name, e.Name()), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestConformanceCmd(t *testing.T) {
	home := t.TempDir()
	dir := t.TempDir()
	copyVector(t, dir, "abi_sum_input")
	copyVector(t, dir, "trap_unreachable")

	// An unfilled expectation is a failure, never a silent pass.
	p := filepath.Join(dir, "abi_sum_input", "vector.json")
	data, _ := os.ReadFile(p)
	blank := regexp.MustCompile(`"gas_used": (\d+|null)`).ReplaceAllString(string(data), `"gas_used": null`)
	blank = regexp.MustCompile(`"result_hash": "[0-9a-f]*"`).ReplaceAllString(blank, `"result_hash": ""`)
	if strings.Count(blank, `"gas_used": null`) != 1 || strings.Count(blank, `"result_hash": ""`) != 1 {
		t.Fatalf("test edit did not apply: the vector changed:\n%s", blank)
	}
	os.WriteFile(p, []byte(blank), 0o644)
	code, out, _ := dmlrun(t, "conformance", "--vectors", dir, "--home", home, "--engine", "interpreter")
	if code != ExitConformanceFailure || !strings.Contains(out, "FAIL abi_sum_input") || !strings.Contains(out, "expect.gas_used is not set") || !strings.HasSuffix(out, " failed\n") {
		t.Fatalf("blank expectations: exit %d:\n%s", code, out)
	}

	// --update fills them from a run on both engines; then all pass.
	code, out, _ = dmlrun(t, "conformance", "--vectors", dir, "--home", home, "--update")
	if code != ExitOK || !strings.Contains(out, "updated abi_sum_input") {
		t.Fatalf("update: exit %d:\n%s", code, out)
	}
	code, out, _ = dmlrun(t, "conformance", "--vectors", dir, "--home", home)
	if code != ExitOK || !strings.HasSuffix(out, "conformance: 2 passed, 0 failed\n") {
		t.Fatalf("after update: exit %d:\n%s", code, out)
	}
	code, out, _ = dmlrun(t, "conformance", "--vectors", dir, "--home", home, "--update")
	if code != ExitOK || !strings.Contains(out, "unchanged abi_sum_input") {
		t.Fatalf("second update: exit %d:\n%s", code, out)
	}

	// --update refuses a vector whose run does not have its expected status.
	tp := filepath.Join(dir, "trap_unreachable", "vector.json")
	tdata, _ := os.ReadFile(tp)
	os.WriteFile(tp, []byte(strings.Replace(string(tdata), `"status": "trap"`, `"status": "ok"`, 1)), 0o644)
	code, out, _ = dmlrun(t, "conformance", "--vectors", dir, "--home", home, "--update")
	if code != ExitConformanceFailure || !strings.Contains(out, "NOT UPDATED trap_unreachable") {
		t.Errorf("update with wrong status: exit %d:\n%s", code, out)
	}
}
