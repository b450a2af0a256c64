package abi

import "testing"

func TestRunStatuses(t *testing.T) {
	want := []string{"ok", "out_of_gas", "stack_exhausted", "trap", "abi_violation", "algorithm_error", "invalid_module", "invalid_input", "deadline_exceeded"}
	if len(RunStatuses) != len(want) {
		t.Fatalf("%d statuses, the spec has %d", len(RunStatuses), len(want))
	}
	for i, s := range RunStatuses {
		if string(s) != want[i] || !s.Valid() {
			t.Errorf("status %d = %q, want %q", i, s, want[i])
		}
	}
	for _, bad := range []RunStatus{"", "OK", "error", "timeout"} {
		if bad.Valid() {
			t.Errorf("%q is valid", bad)
		}
	}
}
