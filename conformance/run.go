package conformance

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/engine"
	"github.com/decentralized-ml/dml/internal/peakrss"
)

// Outcome is one vector run on one engine.
type Outcome struct {
	Vector string      `json:"vector"`
	Engine engine.Kind `json:"engine"`
	// Result is nil when the vector could not be run at all.
	Result *engine.Result `json:"result,omitempty"`
	// Problems lists every way the run missed the vector; none is a pass.
	Problems []string `json:"problems,omitempty"`
	// WallMS is the wall time of compiling and running the vector.
	WallMS float64 `json:"wall_ms"`
	// RSSGrowthMiB is how far the runner's peak resident memory rose during
	// the vector, when it could be measured.
	RSSGrowthMiB *float64 `json:"rss_growth_mib,omitempty"`
}

// Passed reports whether the run met every expectation.
func (o *Outcome) Passed() bool { return len(o.Problems) == 0 }

// Run runs a vector on one engine and checks the result against Expect. An
// unfilled expectation (empty result_hash, null gas_used) is a failure.
func Run(ctx context.Context, e *engine.Engine, v Vector) Outcome {
	o := Outcome{Vector: v.Name, Engine: e.Kind()}
	wasm, job, err := v.Job()
	if err != nil {
		o.Problems = append(o.Problems, err.Error())
		return o
	}
	mark, start := peakrss.Start(), time.Now()
	res, err := e.Run(ctx, wasm, job)
	o.WallMS = float64(time.Since(start).Microseconds()) / 1000
	if g, ok := mark.Growth(); ok {
		mib := float64(g) / (1 << 20)
		o.RSSGrowthMiB = &mib
	}
	if err != nil {
		o.Problems = append(o.Problems, "host failure: "+err.Error())
		return o
	}
	o.Result = res
	o.Problems = append(o.Problems, intentProblems(&v.Expect, res)...)
	o.Problems = append(o.Problems, boundProblems(&v, &o)...)
	want := v.Expect
	switch {
	case want.ResultHash == "":
		o.Problems = append(o.Problems, fmt.Sprintf("expect.result_hash is empty (this run gave %s): fill it with `dmlrun conformance --update`", recordedHash(res.ResultHash)))
	case res.ResultHash != expectedHash(want.ResultHash):
		o.Problems = append(o.Problems, fmt.Sprintf("result_hash %s, want %s", recordedHash(res.ResultHash), want.ResultHash))
	}
	switch {
	case want.GasUsed == nil:
		o.Problems = append(o.Problems, fmt.Sprintf("expect.gas_used is not set (this run used %d): fill it with `dmlrun conformance --update`", res.GasUsed))
	case res.GasUsed != *want.GasUsed:
		o.Problems = append(o.Problems, fmt.Sprintf("gas_used %d, want %d", res.GasUsed, *want.GasUsed))
	}
	return o
}

// boundProblems checks the vector's bounds on wall time and memory.
func boundProblems(v *Vector, o *Outcome) []string {
	var out []string
	scale := v.WallScale
	if scale == 0 {
		scale = 1
	}
	if v.MaxWallMS > 0 && o.WallMS > v.MaxWallMS*scale {
		out = append(out, fmt.Sprintf("took %.0f ms, over its bound of %.0f ms", o.WallMS, v.MaxWallMS*scale))
	}
	if v.MaxRSSMiB > 0 && o.RSSGrowthMiB != nil && *o.RSSGrowthMiB > v.MaxRSSMiB {
		out = append(out, fmt.Sprintf("resident memory grew by %.0f MiB, over its bound of %.0f MiB", *o.RSSGrowthMiB, v.MaxRSSMiB))
	}
	return out
}

// NoResultHash is the expect.result_hash of a run that produces no result
// hash (a refused module, a trap): the run's result_hash must be empty.
const NoResultHash = "none"

func expectedHash(h string) string {
	if h == NoResultHash {
		return ""
	}
	return h
}

func recordedHash(h string) string {
	if h == "" {
		return NoResultHash
	}
	return h
}

// intentProblems checks the hand-written expectations (status, exit code,
// error text): what --update never changes.
func intentProblems(want *Expect, res *engine.Result) []string {
	var out []string
	if res.Status != want.Status {
		out = append(out, fmt.Sprintf("status %s, want %s (error: %q)", res.Status, want.Status, res.Error))
	}
	if want.Status == abi.StatusAlgorithmError && res.ExitCode != want.ExitCode {
		out = append(out, fmt.Sprintf("exit_code %d, want %d", res.ExitCode, want.ExitCode))
	}
	if want.ErrorContains != "" && !strings.Contains(res.Error, want.ErrorContains) {
		out = append(out, fmt.Sprintf("error %q does not contain %q", res.Error, want.ErrorContains))
	}
	return out
}
