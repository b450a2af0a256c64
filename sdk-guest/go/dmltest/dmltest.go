// Package dmltest runs an algorithm written with the Go guest SDK natively,
// in plain go test, against an in-process fake host: set inputs, model
// weights, params and optionally the manifest, call Run, then read what the
// algorithm emitted. The fake checks emits as the real host does (declared
// names, dtypes, sizes, duplicates, byte caps), and inputs against the
// manifest before the run. Only one Host is active at a time, so tests that
// use dmltest must not call t.Parallel.
package dmltest

import (
	"fmt"
	"math"
	"testing"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/abi/digest"
	"github.com/decentralized-ml/dml/manifest"
	_ "github.com/decentralized-ml/dml/sdk-guest/go" // sets fake.Entry to the SDK's dml_run
	"github.com/decentralized-ml/dml/sdk-guest/go/internal/fake"
	"github.com/decentralized-ml/dml/sdk-guest/go/internal/host"
)

// Host is the fake dml host of one test.
type Host struct {
	t testing.TB
	f *fake.Host
}

var levelNames = [...]string{"debug", "info", "warn", "error"}

// New installs a fresh fake host for the test and removes it at cleanup.
// Gas left starts at math.MaxInt64 (nothing is metered natively).
func New(t testing.TB) *Host {
	t.Helper()
	if !host.Native {
		t.Fatal("dmltest: this build talks to the real host (wasip1): run the test natively")
	}
	if fake.Current != nil {
		t.Fatal("dmltest: another Host is active: tests that use dmltest cannot run in parallel")
	}
	f := &fake.Host{Gas: math.MaxInt64}
	f.OnLog = func(l fake.Line) { t.Logf("dml %s: %s", levelNames[l.Level], l.Msg) }
	fake.Current = f
	t.Cleanup(func() { fake.Current = nil })
	return &Host{t: t, f: f}
}

// Input adds an input tensor; a malformed one fails the test.
func (h *Host) Input(t abi.Tensor) *Host {
	h.t.Helper()
	h.f.Inputs = append(h.f.Inputs, h.check("input", t))
	return h
}

// Model adds a model tensor; a malformed one fails the test.
func (h *Host) Model(t abi.Tensor) *Host {
	h.t.Helper()
	h.f.Models = append(h.f.Models, h.check("model", t))
	return h
}

// InputFloat64 adds an f64 input.
func (h *Host) InputFloat64(name string, shape []int64, data []float64) *Host {
	h.t.Helper()
	return h.Input(abi.FromFloat64s(name, shape, data))
}

// ModelFloat64 adds an f64 model tensor.
func (h *Host) ModelFloat64(name string, shape []int64, data []float64) *Host {
	h.t.Helper()
	return h.Model(abi.FromFloat64s(name, shape, data))
}

func (h *Host) check(what string, t abi.Tensor) abi.Tensor {
	h.t.Helper()
	if err := t.Check(); err != nil {
		h.t.Fatalf("dmltest: %s: %v", what, err)
	}
	return t
}

// Params sets the job's params JSON.
func (h *Host) Params(json string) *Host {
	h.f.Params = []byte(json)
	return h
}

// Manifest loads the manifest file at path: emits are then checked against
// its declarations and Run checks inputs against it. Without a manifest any
// output name is accepted and nothing is capped.
func (h *Host) Manifest(path string) *Host {
	h.t.Helper()
	m, err := manifest.Load(path)
	if err != nil {
		h.t.Fatalf("dmltest: %v", err)
	}
	h.f.Manifest = m
	return h
}

// SetGas sets what dml.GasLeft reports.
func (h *Host) SetGas(left int64) *Host {
	h.f.Gas = left
	return h
}

// Result is how a native run ended, as the runtime would report it.
type Result struct {
	Status abi.RunStatus // ok, algorithm_error, abi_violation or invalid_input
	Code   int32         // what dml_run returned (0 unless algorithm_error)
	Error  string        // why, when not ok
}

// Run runs the registered algorithm as dml_run. Outputs, deltas and logs of
// a previous Run are cleared first; on failure nothing emitted is kept, as
// the runtime keeps no partial results.
func (h *Host) Run() Result {
	h.t.Helper()
	h.f.Outputs, h.f.Deltas, h.f.Log = nil, nil, nil
	if h.f.Manifest != nil {
		if err := h.f.Manifest.CheckTensors(h.f.Inputs, h.f.Models); err != nil {
			return Result{Status: abi.StatusInvalidInput, Error: err.Error()}
		}
	}
	res := h.call()
	if res.Status != abi.StatusOK {
		h.f.Outputs, h.f.Deltas = nil, nil
	}
	return res
}

func (h *Host) call() (res Result) {
	defer func() {
		if r := recover(); r != nil {
			v, ok := r.(*fake.Violation)
			if !ok {
				panic(r)
			}
			res = Result{Status: abi.StatusABIViolation, Error: v.Error()}
		}
	}()
	code := fake.Entry()
	if code == 0 {
		return Result{Status: abi.StatusOK}
	}
	msg := fmt.Sprintf("dml_run returned %d", code)
	for i := len(h.f.Log) - 1; i >= 0; i-- {
		if h.f.Log[i].Level == abi.LogError {
			msg += ": " + h.f.Log[i].Msg
			break
		}
	}
	return Result{Status: abi.StatusAlgorithmError, Code: code, Error: msg}
}

// Outputs returns the outputs of the last Run, in emit order.
func (h *Host) Outputs() []abi.Tensor { return h.f.Outputs }

// Deltas returns the weight deltas of the last Run, in emit order.
func (h *Host) Deltas() []abi.Tensor { return h.f.Deltas }

// Output returns the output name of the last Run.
func (h *Host) Output(name string) (abi.Tensor, bool) { return find(h.f.Outputs, name) }

// Delta returns the weight delta name of the last Run.
func (h *Host) Delta(name string) (abi.Tensor, bool) { return find(h.f.Deltas, name) }

// OutputFloat64 returns the data of the f64 output name; the test fails if
// there is none.
func (h *Host) OutputFloat64(name string) []float64 {
	h.t.Helper()
	return h.float64s("output", h.f.Outputs, name)
}

// DeltaFloat64 returns the data of the f64 delta name; the test fails if
// there is none.
func (h *Host) DeltaFloat64(name string) []float64 {
	h.t.Helper()
	return h.float64s("delta", h.f.Deltas, name)
}

func (h *Host) float64s(what string, list []abi.Tensor, name string) []float64 {
	h.t.Helper()
	t, ok := find(list, name)
	if !ok {
		h.t.Fatalf("dmltest: no %s %q was emitted", what, name)
	}
	if t.DType != abi.F64 {
		h.t.Fatalf("dmltest: %s %q is %s, not f64", what, name, t.DType)
	}
	return t.Float64s()
}

func find(list []abi.Tensor, name string) (abi.Tensor, bool) {
	for _, t := range list {
		if t.Name == name {
			return t, true
		}
	}
	return abi.Tensor{}, false
}

// LogLine is one call of dml.Log.
type LogLine struct {
	Level int32
	Msg   string
}

// Logs returns what the last Run logged.
func (h *Host) Logs() []LogLine {
	out := make([]LogLine, len(h.f.Log))
	for i, l := range h.f.Log {
		out[i] = LogLine{Level: l.Level, Msg: l.Msg}
	}
	return out
}

// ResultHash is digest.ResultHash of the last Run's outputs and deltas: the
// result_hash the runtime reports for the same emits.
func (h *Host) ResultHash() string { return digest.ResultHash(h.f.Outputs, h.f.Deltas) }
