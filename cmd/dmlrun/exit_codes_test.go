package main

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/decentralized-ml/dml/abi"
)

func TestStatusExitCodesDistinct(t *testing.T) {
	seen := map[int]abi.RunStatus{}
	for _, s := range abi.RunStatuses {
		c := StatusExitCode(s)
		if (c == 0) != (s == abi.StatusOK) {
			t.Errorf("%s exits %d", s, c)
		}
		if prev, dup := seen[c]; dup {
			t.Errorf("%s and %s share exit code %d", s, prev, c)
		}
		seen[c] = s
		if !strings.Contains(exitCodesHelp, strconv.Itoa(c)+" "+string(s)) && s != abi.StatusOK {
			t.Errorf("help does not document %d %s", c, s)
		}
	}
	if StatusExitCode("unknown") != ExitInternal {
		t.Error("unknown status does not map to ExitInternal")
	}
}

func TestExitCodeOf(t *testing.T) {
	tests := []struct {
		err      error
		code     int
		reported bool
	}{
		{errors.New("unknown flag"), ExitUsage, false},
		{withCode(ExitInternal, errors.New("disk")), ExitInternal, false},
		{silent(ExitTrap, errors.New("trap")), ExitTrap, true},
	}
	for _, tc := range tests {
		if got := exitCodeOf(tc.err); got != tc.code {
			t.Errorf("%v: code %d, want %d", tc.err, got, tc.code)
		}
		if got := isReported(tc.err); got != tc.reported {
			t.Errorf("%v: reported %v", tc.err, got)
		}
	}
}
