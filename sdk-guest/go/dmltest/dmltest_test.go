package dmltest_test

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unsafe"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/abi/digest"
	dml "github.com/decentralized-ml/dml/sdk-guest/go"
	"github.com/decentralized-ml/dml/sdk-guest/go/dmltest"
	"github.com/decentralized-ml/dml/sdk-guest/go/internal/fake"
)

// echo is the algorithm under test: it emits input x as output x, times
// the "scale" param, and fails as the params ask.
func echo() error {
	var p struct {
		Scale float64 `json:"scale"`
		Fail  int32   `json:"fail"`
		Trap  bool    `json:"trap"`
	}
	p.Scale = 1
	if err := dml.Params(&p); err != nil {
		return err
	}
	if p.Trap {
		// What a hand-written import call with a misaligned pointer does.
		buf := make([]float64, 2)
		fake.Current.TensorRead(abi.KindInput, "x", unsafe.Add(unsafe.Pointer(&buf[0]), 1), 8)
	}
	x, shape, err := dml.InputFloat64("x")
	if err != nil {
		return err
	}
	for i := range x {
		x[i] *= p.Scale
	}
	dml.Logf(abi.LogInfo, "scaled %d values", len(x))
	if err := dml.EmitOutput("x", shape, x); err != nil {
		return err
	}
	if p.Fail != 0 {
		return dml.Code(p.Fail, errors.New("asked to fail"))
	}
	return nil
}

func init() { dml.Register(echo) }

func TestRun(t *testing.T) {
	tests := []struct {
		name     string
		manifest bool
		x        []float64
		params   string
		status   abi.RunStatus
		code     int32
		errText  string
		want     []float64
	}{
		{"ok", true, []float64{1, 2}, `{"scale": 3}`, abi.StatusOK, 0, "", []float64{3, 6}},
		{"ok without manifest", false, []float64{1, 2, 3, 4, 5}, "", abi.StatusOK, 0, "", []float64{1, 2, 3, 4, 5}},
		{"over the manifest's cap", true, []float64{1, 2, 3, 4, 5}, "", abi.StatusAlgorithmError, dml.CodeFailed, "over cap", nil},
		{"algorithm code", true, []float64{1}, `{"fail": 4}`, abi.StatusAlgorithmError, 4, "dml_run returned 4: asked to fail", nil},
		{"bad params", true, []float64{1}, `{"scael": 2}`, abi.StatusAlgorithmError, dml.CodeFailed, `unknown field "scael"`, nil},
		{"abi violation", true, []float64{1}, `{"trap": true}`, abi.StatusABIViolation, 0, "not aligned", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := dmltest.New(t).InputFloat64("x", []int64{int64(len(tc.x))}, tc.x).Params(tc.params)
			if tc.manifest {
				h.Manifest("testdata/manifest.yaml")
			}
			res := h.Run()
			if res.Status != tc.status || res.Code != tc.code || !strings.Contains(res.Error, tc.errText) {
				t.Fatalf("Run() = %+v, want status %s code %d error containing %q", res, tc.status, tc.code, tc.errText)
			}
			if tc.want == nil {
				if len(h.Outputs()) != 0 {
					t.Fatalf("a failed run kept outputs %v", h.Outputs())
				}
				return
			}
			if got := h.OutputFloat64("x"); !slices.Equal(got, tc.want) {
				t.Fatalf("output x = %v, want %v", got, tc.want)
			}
			out, _ := h.Output("x")
			if want := digest.ResultHash([]abi.Tensor{out}, nil); h.ResultHash() != want {
				t.Fatalf("ResultHash = %s, want %s", h.ResultHash(), want)
			}
			if logs := h.Logs(); len(logs) != 1 || logs[0].Msg != "scaled "+strconv.Itoa(len(tc.x))+" values" {
				t.Fatalf("logs %+v", logs)
			}
		})
	}
}

func TestRunChecksInputsAgainstManifest(t *testing.T) {
	tests := []struct {
		name    string
		setup   func(*dmltest.Host)
		errText string
	}{
		{"missing input", func(h *dmltest.Host) {}, `input "x" is required`},
		{"undeclared input", func(h *dmltest.Host) {
			h.InputFloat64("x", []int64{1}, []float64{1}).InputFloat64("y", []int64{1}, []float64{1})
		}, `input "y" is not declared`},
		{"wrong rank", func(h *dmltest.Host) { h.InputFloat64("x", []int64{1, 1}, []float64{1}) }, "rank 2"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := dmltest.New(t).Manifest("testdata/manifest.yaml")
			tc.setup(h)
			res := h.Run()
			if res.Status != abi.StatusInvalidInput || !strings.Contains(res.Error, tc.errText) {
				t.Fatalf("Run() = %+v, want invalid_input containing %q", res, tc.errText)
			}
		})
	}
}

func TestRunTwiceClearsResults(t *testing.T) {
	h := dmltest.New(t).InputFloat64("x", []int64{1}, []float64{2})
	if res := h.Run(); res.Status != abi.StatusOK {
		t.Fatal(res)
	}
	if res := h.Run(); res.Status != abi.StatusOK {
		t.Fatalf("second run: %+v (a stale emit counted as a duplicate?)", res)
	}
	if len(h.Outputs()) != 1 || len(h.Logs()) != 1 {
		t.Fatalf("second run holds %d outputs and %d log lines, want 1 and 1", len(h.Outputs()), len(h.Logs()))
	}
}
