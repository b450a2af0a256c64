package conformance

import (
	"strings"
	"testing"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/engine"
)

func TestDisagreements(t *testing.T) {
	ok := &engine.Result{Status: abi.StatusOK, ResultHash: "h", GasUsed: 10}
	tests := []struct {
		name string
		outs []Outcome
		want []string
	}{
		{"agree", []Outcome{{Engine: "compiler", Result: ok}, {Engine: "interpreter", Result: ok}}, nil},
		{"one engine could not run", []Outcome{{Engine: "compiler"}, {Engine: "interpreter", Result: ok}}, nil},
		{"gas differs", []Outcome{{Engine: "compiler", Result: ok}, {Engine: "interpreter", Result: &engine.Result{Status: abi.StatusOK, ResultHash: "h", GasUsed: 11}}},
			[]string{"gas_used: compiler 10, interpreter 11"}},
		{"all differ", []Outcome{{Engine: "compiler", Result: ok}, {Engine: "interpreter", Result: &engine.Result{Status: abi.StatusTrap, ResultHash: "g", GasUsed: 10}}},
			[]string{"status: compiler ok, interpreter trap", "result_hash: compiler h, interpreter g"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := disagreements(tc.outs)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestIntentProblems(t *testing.T) {
	tests := []struct {
		name string
		want Expect
		res  engine.Result
		n    int
	}{
		{"status matches", Expect{Status: abi.StatusOK}, engine.Result{Status: abi.StatusOK}, 0},
		{"status differs", Expect{Status: abi.StatusOK}, engine.Result{Status: abi.StatusTrap}, 1},
		{"exit code checked", Expect{Status: abi.StatusAlgorithmError, ExitCode: 7}, engine.Result{Status: abi.StatusAlgorithmError, ExitCode: 6}, 1},
		{"error text", Expect{Status: abi.StatusInvalidModule, ErrorContains: "path_open"}, engine.Result{Status: abi.StatusInvalidModule, Error: "import sock_accept refused"}, 1},
		{"error text found", Expect{Status: abi.StatusInvalidModule, ErrorContains: "path_open"}, engine.Result{Status: abi.StatusInvalidModule, Error: "import path_open refused"}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := intentProblems(&tc.want, &tc.res); len(got) != tc.n {
				t.Errorf("problems = %q, want %d", got, tc.n)
			}
		})
	}
}

func TestBoundProblems(t *testing.T) {
	grew := func(mib float64) *float64 { return &mib }
	tests := []struct {
		name string
		v    Vector
		o    Outcome
		want int
	}{
		{"no bounds", Vector{}, Outcome{WallMS: 1e6, RSSGrowthMiB: grew(1e6)}, 0},
		{"within", Vector{MaxWallMS: 100, MaxRSSMiB: 64}, Outcome{WallMS: 99, RSSGrowthMiB: grew(63)}, 0},
		{"slow", Vector{MaxWallMS: 100}, Outcome{WallMS: 101}, 1},
		{"slow, but scaled", Vector{MaxWallMS: 100, WallScale: 40}, Outcome{WallMS: 3999}, 0},
		{"grew", Vector{MaxRSSMiB: 64}, Outcome{RSSGrowthMiB: grew(65)}, 1},
		{"growth not measured", Vector{MaxRSSMiB: 64}, Outcome{}, 0},
	}
	for _, tc := range tests {
		if got := boundProblems(&tc.v, &tc.o); len(got) != tc.want {
			t.Errorf("%s: %v, want %d problems", tc.name, got, tc.want)
		}
	}
}
