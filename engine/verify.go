package engine

import (
	"context"
	"errors"
	"fmt"
	goruntime "runtime"
	"strings"
	"time"

	"github.com/decentralized-ml/dml/blas"
	"github.com/decentralized-ml/dml/gas"
	"github.com/decentralized-ml/dml/receipt"
)

// Verification is the outcome of re-running a receipt's computation.
type Verification struct {
	// Verified: the re-run confirms every checked field of the receipt.
	Verified bool `json:"verified"`
	// Differences lists each checked field that differs.
	Differences []receipt.Difference `json:"differences"`
	// Rerun is the re-run's result.
	Rerun *Result `json:"rerun"`
}

// Errors of Verify that stop it before any re-run.
var (
	// ErrOtherArchitecture: the receipt's determinism class reproduces only
	// on another CPU architecture.
	ErrOtherArchitecture = errors.New("the receipt reproduces only on another architecture")
	// ErrUnknownClass: the receipt names a determinism class this build
	// does not have.
	ErrUnknownClass = errors.New("unknown determinism class")
)

// Verify re-runs the computation a receipt describes (module wasm and job,
// at the receipt's gas limit, memory limit, gas schedule and determinism
// class) and compares the re-run with it. job's limits and BLAS are
// overridden by the receipt's; the inputs, model and params are the
// verifier's own, so a receipt checks only against the same data. The
// receipt's own integrity (its id, or a signature over it) is the caller's
// to check: receipt.Read checks the id. The error is for a receipt that
// cannot be checked here (an unknown gas schedule, another architecture's
// class) or a host failure.
func Verify(ctx context.Context, e *Engine, r *receipt.Receipt, wasm []byte, job *Job) (*Verification, error) {
	s, err := gas.Lookup(r.GasTable)
	if err != nil {
		return nil, err
	}
	backend, err := backendOfClass(r.Determinism)
	if err != nil {
		return nil, err
	}
	j := *job
	j.GasLimit, j.MemoryLimitMiB, j.BLAS = r.GasLimit, r.MemoryLimit(), backend

	var res *Result
	mod, err := e.compile(ctx, wasm, s)
	switch {
	case err == nil:
		defer mod.Close(ctx)
		if res, err = mod.Run(ctx, &j); err != nil {
			return nil, err
		}
	default:
		status, ok := statusOf(err)
		if !ok {
			return nil, err
		}
		res = e.newResult(ctx, sha256Hex(wasm), &j).fail(status, err)
		res.GasTable = s.Version
	}
	if j.ModuleCID == "" {
		res.ModuleCID = r.ModuleCID // the caller checked the module by its sha256
	}
	v := &Verification{Rerun: res, Differences: []receipt.Difference{}}
	got, err := res.Receipt(time.Now())
	if err != nil {
		v.Differences = append(v.Differences, receipt.Difference{Field: "status", Want: string(r.Status), Got: string(res.Status),
			Meaning: fmt.Sprintf("the re-run could not run: %s", res.Error)})
		return v, nil
	}
	if d := receipt.Compare(r, got); d != nil {
		v.Differences = d
	}
	v.Verified = len(v.Differences) == 0
	return v, nil
}

// backendOfClass is the BLAS backend whose results are of class: strict
// anywhere, a per-architecture class only on its architecture.
func backendOfClass(class string) (blas.Backend, error) {
	name, arch, perArch := strings.Cut(class, "/")
	if perArch && arch != goruntime.GOARCH {
		return nil, fmt.Errorf("%w: class %s reproduces only on %s, this is %s", ErrOtherArchitecture, class, arch, goruntime.GOARCH)
	}
	b, err := blas.ByName(name)
	if err != nil || b.Class() != class {
		return nil, fmt.Errorf("%w %q (this build has %s)", ErrUnknownClass, class, strings.Join(blas.Names(), ", "))
	}
	return b, nil
}
