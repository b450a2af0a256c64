package engine

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/sys"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/abi/digest"
	"github.com/decentralized-ml/dml/blas"
	"github.com/decentralized-ml/dml/internal/hostfuncs"
)

// GasTable is the version of the gas cost table results are counted with.
var GasTable = gasTableVersion()

// DeterminismStrict is the class of results reproducible on every engine and CPU.
const DeterminismStrict = blas.NameStrict

// Run runs one job to completion. Every ending, including a refused module
// or bad input, is a Result with a status; the error is only for failures
// of the host itself (a closed engine, an unwritable cache).
func (e *Engine) Run(ctx context.Context, job *Job) (*Result, error) {
	start := time.Now()
	kind := job.Engine
	if kind == "" {
		kind = Compiler
	}
	res := &Result{
		ModuleSHA256:    sha256Hex(job.Module),
		ModuleCID:       job.ModuleCID,
		ABIVersion:      abi.Version,
		Engine:          kind,
		GasLimit:        gasLimit(job),
		GasTable:        GasTable,
		Unmetered:       job.Unmetered,
		Determinism:     DeterminismStrict,
		Outputs:         []TensorSummary{},
		Deltas:          []TensorSummary{},
		InputCommitment: digest.InputCommitment(job.Inputs, job.Models),
		ParamsSHA256:    sha256Hex(job.Params),
	}
	defer func() { res.WallMS = float64(time.Since(start).Microseconds()) / 1000 }()

	if err := checkJob(job); err != nil {
		return res.fail(abi.StatusInvalidInput, err), nil
	}
	backend, err := blas.ByName(job.BLAS)
	if err != nil {
		return res.fail(abi.StatusInvalidInput, &InputError{Msg: fmt.Sprintf("%v (available: %s)", err, strings.Join(blas.Names(), ", "))}), nil
	}
	res.Determinism = backend.Class()
	entry, err := e.prepare(ctx, kind, job.Module, res.ModuleSHA256, !job.Unmetered)
	if err != nil {
		var me *ModuleError
		var ie *InputError
		switch {
		case errors.As(err, &me):
			return res.fail(abi.StatusInvalidModule, err), nil
		case errors.As(err, &ie):
			return res.fail(abi.StatusInvalidInput, err), nil
		}
		return nil, err
	}
	defer entry.release()

	sess := hostfuncs.NewSession(costTable.Host, job.Inputs, job.Models, job.Params, job.Manifest, job.Log)
	sess.SetBLAS(backend)
	left, status, err := execute(ctx, entry.p, sess, job, res)
	res.GasUsed = gasUsed(res.GasLimit, left)
	if err != nil {
		return res.fail(status, err), nil
	}
	res.Status = abi.StatusOK
	res.OutputTensors, res.DeltaTensors = sess.Outputs(), sess.Deltas()
	res.Outputs, res.Deltas = summarize(res.OutputTensors), summarize(res.DeltaTensors)
	res.ResultHash = digest.ResultHash(res.OutputTensors, res.DeltaTensors)
	return res, nil
}

// fail records a failed run: no outputs or deltas leave it, and its result
// hash is the hash of no tensors.
func (r *Result) fail(status abi.RunStatus, err error) *Result {
	r.Status = status
	r.ResultHash = digest.ResultHash(nil, nil)
	r.Error = err.Error()
	var ae *algorithmError
	if errors.As(err, &ae) {
		r.ExitCode = ae.code
	}
	return r
}

func gasLimit(job *Job) uint64 {
	switch {
	case job.GasLimit != 0:
		return job.GasLimit
	case job.Manifest != nil && job.Manifest.GasLimit != 0:
		return job.Manifest.GasLimit
	}
	return DefaultGasLimit
}

func gasUsed(limit uint64, left int64) uint64 {
	if left < 0 || uint64(left) > limit {
		return limit
	}
	return limit - uint64(left)
}

// MaxGasLimit is the largest gas limit: the counter is a signed i64.
const MaxGasLimit = uint64(1<<63 - 1)

// checkJob refuses malformed inputs before anything is compiled.
func checkJob(job *Job) error {
	if job.GasLimit > MaxGasLimit {
		return &InputError{Msg: fmt.Sprintf("gas limit %d exceeds the maximum %d", job.GasLimit, MaxGasLimit)}
	}
	for _, group := range []struct {
		what string
		ts   []abi.Tensor
	}{{"input", job.Inputs}, {"model", job.Models}} {
		seen := map[string]bool{}
		for i := range group.ts {
			t := &group.ts[i]
			if err := t.Check(); err != nil {
				return &InputError{Msg: fmt.Sprintf("%s: %v", group.what, err)}
			}
			if seen[t.Name] {
				return &InputError{Msg: fmt.Sprintf("%s %q given twice", group.what, t.Name)}
			}
			seen[t.Name] = true
		}
	}
	if len(job.Params) > 0 && !json.Valid(job.Params) {
		return &InputError{Msg: "params are not valid JSON"}
	}
	if job.Manifest != nil {
		if err := job.Manifest.CheckTensors(job.Inputs, job.Models); err != nil {
			return &InputError{Msg: err.Error()}
		}
	}
	return nil
}

// algorithmError is a run the algorithm ended with its own nonzero code.
type algorithmError struct {
	code int32
	msg  string
}

func (e *algorithmError) Error() string { return e.msg }

// execute instantiates the module and calls _initialize, dml_abi_version and
// dml_run. It returns the gas left and, for a failed run, its status.
func execute(ctx context.Context, p *prepared, sess *hostfuncs.Session, job *Job, res *Result) (int64, abi.RunStatus, error) {
	log := job.Log
	if log == nil {
		log = io.Discard
	}
	ctx = hostfuncs.WithSession(ctx, sess)
	var mod api.Module
	failed := func(err error, call string) (int64, abi.RunStatus, error) {
		status := classify(err, sess, mod)
		if status == abi.StatusOutOfGas {
			err = fmt.Errorf("out of gas in %s: the run needs more than its limit of %d gas (raise --gas-limit)", call, res.GasLimit)
		} else if status == abi.StatusStackExhausted {
			err = fmt.Errorf("stack exhausted in %s: calls nested deeper than %d frames (unbounded recursion?)", call, costTable.MaxDepth)
		} else {
			err = describe(err, call)
		}
		return sess.GasLeft(), status, err
	}
	sess.SetGas(int64(res.GasLimit))
	cfg := wazero.NewModuleConfig().
		WithName("").
		WithStartFunctions().
		WithStdout(log).
		WithStderr(log).
		WithRandSource(seededRandom(job, res))
	mod, err := p.rt.InstantiateModule(ctx, p.compiled, cfg)
	if err != nil {
		return failed(err, "start")
	}
	defer mod.Close(ctx)
	if p.metered {
		if !sess.BindGas(mod) {
			return 0, abi.StatusInvalidModule, refuse("instrumented module lacks the %s global", abi.ExportGas)
		}
		sess.SetGas(int64(res.GasLimit))
		if start := mod.ExportedFunction(abi.ExportStart); start != nil {
			if _, err := start.Call(ctx); err != nil {
				return failed(err, "start")
			}
		}
	}
	if init := mod.ExportedFunction(abi.ExportInitialize); init != nil {
		if _, err := init.Call(ctx); err != nil {
			return failed(err, abi.ExportInitialize)
		}
	}
	v, err := mod.ExportedFunction(abi.ExportABIVersion).Call(ctx)
	if err != nil {
		return failed(err, abi.ExportABIVersion)
	}
	if got := api.DecodeI32(v[0]); got != abi.Version {
		return sess.GasLeft(), abi.StatusInvalidModule, refuse("%s returned %d: this runtime implements ABI %d", abi.ExportABIVersion, got, abi.Version)
	}
	if job.probe {
		return sess.GasLeft(), "", nil
	}
	code, err := callRun(ctx, mod)
	if err != nil {
		return failed(err, abi.ExportRun)
	}
	if code != 0 {
		return sess.GasLeft(), abi.StatusAlgorithmError, &algorithmError{code: code, msg: fmt.Sprintf("%s returned error code %d (see the run's log; a Go guest that panics exits with 2)", abi.ExportRun, code)}
	}
	return sess.GasLeft(), "", nil
}

// callRun calls dml_run. A proc_exit inside it counts as returning its code.
func callRun(ctx context.Context, mod api.Module) (int32, error) {
	r, err := mod.ExportedFunction(abi.ExportRun).Call(ctx)
	var exit *sys.ExitError
	if errors.As(err, &exit) {
		return int32(exit.ExitCode()), nil
	}
	if err != nil {
		return 0, err
	}
	return api.DecodeI32(r[0]), nil
}
