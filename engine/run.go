package engine

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"
	"github.com/tetratelabs/wazero/sys"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/abi/digest"
	"github.com/decentralized-ml/dml/internal/expctx"
	"github.com/decentralized-ml/dml/internal/hostfuncs"
)

// Run runs job on the module. Every ending, including bad input, is a
// Result with a status; the error is only for failures of the host itself
// (a closed engine, a cancelled context).
func (m *Module) Run(ctx context.Context, job *Job) (*Result, error) {
	if m.e.isClosed() {
		return nil, ErrClosed
	}
	p := m.entry.p
	res := m.e.newResult(ctx, m.sha256, job)
	res.Unmetered = p.schedule == nil
	if p.schedule != nil {
		res.GasTable = p.schedule.Version
	}
	start := time.Now()
	defer func() { res.WallMS = float64(time.Since(start).Microseconds()) / 1000 }()

	if err := checkJob(job); err != nil {
		return res.fail(abi.StatusInvalidInput, err), nil
	}
	limit := uint64(res.MemoryLimitMiB) << 20
	if need := declaredMemory(p.info) * wasmPage; need > limit {
		return res.fail(abi.StatusInvalidInput, badInput("the module starts with %d MiB of linear memory, above the job's memory limit of %d MiB", need>>20, res.MemoryLimitMiB)), nil
	}
	var costs = m.e.cfg.schedule.Host
	if p.schedule != nil {
		costs = p.schedule.Host
	}
	sess := hostfuncs.NewSession(costs, job.Inputs, job.Models, job.Params, job.Manifest, job.Log)
	sess.SetBLAS(job.backend())

	o, err := m.runBounded(ctx, sess, job, res)
	if err != nil {
		return nil, err
	}
	res.GasUsed = gasUsed(res.GasLimit, o.left)
	if o.err != nil {
		return res.fail(o.status, o.err), nil
	}
	res.Status = abi.StatusOK
	res.OutputTensors, res.DeltaTensors = sess.Outputs(), sess.Deltas()
	res.Outputs, res.Deltas = summarize(res.OutputTensors), summarize(res.DeltaTensors)
	res.ResultHash = digest.ResultHash(res.OutputTensors, res.DeltaTensors)
	return res, nil
}

// newResult is the Result of job before it runs: what went in.
func (e *Engine) newResult(ctx context.Context, sum string, job *Job) *Result {
	s := e.cfg.schedule
	if unmetered, _ := ctx.Value(expctx.UnmeteredKey{}).(bool); unmetered {
		s = nil
	}
	res := &Result{
		ModuleSHA256:    sum,
		ModuleCID:       job.ModuleCID,
		ABIVersion:      abi.Version,
		Engine:          e.cfg.kind,
		GasLimit:        job.gasLimit(),
		MemoryLimitMiB:  job.memoryLimitMiB(),
		Determinism:     job.backend().Class(),
		Outputs:         []TensorSummary{},
		Deltas:          []TensorSummary{},
		InputCommitment: digest.InputCommitment(job.Inputs, job.Models),
		ModelSHA256:     digest.InputCommitment(nil, job.Models),
		ParamsSHA256:    sha256Hex(job.Params),
	}
	if s != nil {
		res.GasTable = s.Version
	}
	return res
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

// statusOf is the status of a run that could not start because of err.
func statusOf(err error) (abi.RunStatus, bool) {
	switch {
	case errors.Is(err, ErrInvalidModule):
		return abi.StatusInvalidModule, true
	case errors.Is(err, ErrInvalidInput):
		return abi.StatusInvalidInput, true
	case errors.Is(err, ErrDeadlineExceeded):
		return abi.StatusDeadlineExceeded, true
	}
	return "", false
}

func gasUsed(limit uint64, left int64) uint64 {
	if left < 0 || uint64(left) > limit {
		return limit
	}
	return limit - uint64(left)
}

// checkJob refuses malformed inputs before anything runs.
func checkJob(job *Job) error {
	if job.GasLimit > MaxGasLimit {
		return badInput("gas limit %d exceeds the maximum %d", job.GasLimit, MaxGasLimit)
	}
	if job.MemoryLimitMiB > MaxMemoryLimitMiB {
		return badInput("memory limit %d MiB exceeds the %d MiB a 32-bit module can address", job.MemoryLimitMiB, MaxMemoryLimitMiB)
	}
	for _, group := range []struct {
		what string
		ts   []abi.Tensor
	}{{"input", job.Inputs}, {"model", job.Models}} {
		seen := map[string]bool{}
		for i := range group.ts {
			t := &group.ts[i]
			if err := t.Check(); err != nil {
				return badInput("%s: %w", group.what, err)
			}
			if seen[t.Name] {
				return badInput("%s %q given twice", group.what, t.Name)
			}
			seen[t.Name] = true
		}
	}
	if len(job.Params) > 0 && !json.Valid(job.Params) {
		return badInput("params are not valid JSON")
	}
	if job.Manifest != nil {
		if err := job.Manifest.CheckTensors(job.Inputs, job.Models); err != nil {
			return badInput("%w", err)
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

// outcome is how execute ended: the gas left and, for a failed run, its
// status and error.
type outcome struct {
	left   int64
	status abi.RunStatus
	err    error
}

// execute instantiates the module and calls its start function,
// _initialize, dml_abi_version and dml_run.
func (m *Module) execute(ctx context.Context, sess *hostfuncs.Session, job *Job, res *Result) outcome {
	p := m.entry.p
	log := job.Log
	if log == nil {
		log = io.Discard
	}
	ctx = hostfuncs.WithSession(ctx, sess)
	ctx = experimental.WithMemoryAllocator(ctx, memoryAllocator(uint64(res.MemoryLimitMiB)<<20))
	var mod api.Module
	failed := func(err error, call string) outcome {
		status := classify(err, sess, mod)
		switch status {
		case abi.StatusOutOfGas:
			err = fmt.Errorf("out of gas in %s: the run needs more than its limit of %d gas", call, res.GasLimit)
		case abi.StatusStackExhausted:
			err = fmt.Errorf("stack exhausted in %s: calls nested deeper than %s allows (unbounded recursion?)", call, depthLimit(p))
		default:
			err = describe(err, call)
		}
		return outcome{sess.GasLeft(), status, err}
	}
	sess.SetGas(int64(res.GasLimit))
	cfg := wazero.NewModuleConfig().
		WithName("").
		WithStartFunctions().
		WithStdout(log).
		WithStderr(log).
		WithRandSource(seededRandom(res))
	mod, err := m.e.rt.InstantiateModule(ctx, p.compiled, cfg)
	if err != nil {
		return failed(err, "start")
	}
	defer mod.Close(ctx)
	if p.schedule != nil {
		if !sess.BindGas(mod) {
			return outcome{0, abi.StatusInvalidModule, refuse("instrumented module lacks the %s global", abi.ExportGas)}
		}
		sess.SetGas(int64(res.GasLimit))
		if err := sess.Charge(mul(declaredMemory(p.info), p.schedule.DeclaredPage)); err != nil {
			return failed(err, "start")
		}
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
		return outcome{sess.GasLeft(), abi.StatusInvalidModule, refuse("%s returned %d: this engine implements ABI %d", abi.ExportABIVersion, got, abi.Version)}
	}
	if probeOnly(ctx) {
		return outcome{left: sess.GasLeft()}
	}
	code, err := callRun(ctx, mod)
	if err != nil {
		return failed(err, abi.ExportRun)
	}
	if code != 0 {
		return outcome{sess.GasLeft(), abi.StatusAlgorithmError, &algorithmError{code: code, msg: fmt.Sprintf("%s returned error code %d (see the run's log; a Go guest that panics exits with 2)", abi.ExportRun, code)}}
	}
	return outcome{left: sess.GasLeft()}
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

// mul is a·b, saturating.
func mul(a, b uint64) uint64 {
	if a != 0 && b > ^uint64(0)/a {
		return ^uint64(0)
	}
	return a * b
}

// depthLimit names the call depth limit of a prepared module.
func depthLimit(p *prepared) string {
	if p.schedule == nil {
		return "the engine's own stack"
	}
	return fmt.Sprintf("%d frames", p.schedule.MaxDepth)
}
