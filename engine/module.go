package engine

import (
	"context"
	"sync"

	"github.com/decentralized-ml/dml/gas"
	"github.com/decentralized-ml/dml/internal/expctx"
)

// Module is a module checked, metered and compiled by an Engine, ready to
// run any number of jobs, concurrently. Close it when done.
type Module struct {
	e      *Engine
	entry  *cacheEntry
	sha256 string
	once   sync.Once
}

// Compile checks wasm against ABI v1, meters it under the engine's gas
// schedule and compiles it. A module the ABI refuses gives a *ModuleError
// (errors.Is(err, ErrInvalidModule)) that names what is wrong.
// Compiling the same bytes again on the same Engine reuses the work.
func (e *Engine) Compile(ctx context.Context, wasm []byte) (*Module, error) {
	s := e.cfg.schedule
	if unmetered, _ := ctx.Value(expctx.UnmeteredKey{}).(bool); unmetered {
		s = nil
	}
	return e.compile(ctx, wasm, s)
}

// compile is Compile under schedule s (nil: unmetered).
func (e *Engine) compile(ctx context.Context, wasm []byte, s *gas.Schedule) (*Module, error) {
	sum := sha256Hex(wasm)
	entry, err := e.prepareBounded(ctx, wasm, sum, s)
	if err != nil {
		return nil, err
	}
	return &Module{e: e, entry: entry, sha256: sum}, nil
}

// SHA256 is the hex sha256 of the module's bytes, as results record it.
func (m *Module) SHA256() string { return m.sha256 }

// Close releases the module. Runs in progress finish first.
func (m *Module) Close(context.Context) error {
	m.once.Do(func() { m.entry.release() })
	return nil
}

// Run compiles wasm (or takes it from the engine's module cache) and runs
// job on it. Unlike Compile, a refused module is not an error here but a
// Result with status invalid_module, so every ending of a run is a Result;
// the error is only for failures of the host itself.
func (e *Engine) Run(ctx context.Context, wasm []byte, job *Job) (*Result, error) {
	m, err := e.Compile(ctx, wasm)
	if err != nil {
		res := e.newResult(ctx, sha256Hex(wasm), job)
		if status, ok := statusOf(err); ok {
			return res.fail(status, err), nil
		}
		return nil, err
	}
	defer m.Close(ctx)
	return m.Run(ctx, job)
}
