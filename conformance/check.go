package conformance

import (
	"context"
	"fmt"

	"github.com/decentralized-ml/dml/engine"
)

// Kinds are the wazero engines every vector must agree on.
var Kinds = []engine.Kind{engine.Compiler, engine.Interpreter}

// Report is one vector run on several engines.
type Report struct {
	Vector   string    `json:"vector"`
	Outcomes []Outcome `json:"outcomes"`
	// Disagreements lists where the engines' results differ.
	Disagreements []string `json:"disagreements,omitempty"`
}

// Passed reports whether every engine passed and all agree.
func (r *Report) Passed() bool {
	if len(r.Disagreements) > 0 {
		return false
	}
	for i := range r.Outcomes {
		if !r.Outcomes[i].Passed() {
			return false
		}
	}
	return true
}

// Check runs a vector on each engine, and demands that every run passes
// and that all give the same status, result hash and gas.
func Check(ctx context.Context, engines []*engine.Engine, v Vector) Report {
	r := Report{Vector: v.Name}
	for _, e := range engines {
		r.Outcomes = append(r.Outcomes, Run(ctx, e, v))
	}
	r.Disagreements = disagreements(r.Outcomes)
	return r
}

// disagreements compares every outcome that has a result with the first.
func disagreements(outs []Outcome) []string {
	var first *Outcome
	var out []string
	for i := range outs {
		o := &outs[i]
		if o.Result == nil {
			continue
		}
		if first == nil {
			first = o
			continue
		}
		a, b := first.Result, o.Result
		if a.Status != b.Status {
			out = append(out, fmt.Sprintf("status: %s %s, %s %s", first.Engine, a.Status, o.Engine, b.Status))
		}
		if a.ResultHash != b.ResultHash {
			out = append(out, fmt.Sprintf("result_hash: %s %s, %s %s", first.Engine, a.ResultHash, o.Engine, b.ResultHash))
		}
		if a.GasUsed != b.GasUsed {
			out = append(out, fmt.Sprintf("gas_used: %s %d, %s %d", first.Engine, a.GasUsed, o.Engine, b.GasUsed))
		}
	}
	return out
}
