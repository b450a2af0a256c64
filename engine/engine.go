package engine

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"sync"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"

	"github.com/decentralized-ml/dml/gas"
	"github.com/decentralized-ml/dml/internal/hostfuncs"
	"github.com/decentralized-ml/dml/internal/wasmbin"
)

// Version is the engine's version, recorded in every receipt.
const Version = "0.2.0"

// maxMemoryPages is wazero's ceiling for every module: 4 GiB, all a 32-bit
// module can address. A job's own memory limit is enforced per run.
const maxMemoryPages = 65536

// Engine compiles and runs modules on one wazero runtime. It is safe for
// concurrent use: compiled modules are shared, and each run gets its own
// instance and host state.
type Engine struct {
	cfg   Config
	cache wazero.CompilationCache // nil without WithCompilationCache
	rt    wazero.Runtime

	// modules holds the modules Run compiled, by content and schedule.
	modules *moduleCache

	mu     sync.Mutex
	closed bool
}

// New makes an Engine. Close it to release compiled code.
func New(ctx context.Context, cfg Config) (*Engine, error) {
	if cfg.schedule == nil {
		cfg = NewConfig()
	}
	if _, err := ParseKind(string(cfg.kind)); err != nil {
		return nil, err
	}
	if err := cfg.schedule.Validate(); err != nil {
		return nil, err
	}
	e := &Engine{cfg: cfg, modules: newModuleCache(max(cfg.cacheSize, 1))}
	rc := wazero.NewRuntimeConfigCompiler()
	if cfg.kind == Interpreter {
		rc = wazero.NewRuntimeConfigInterpreter()
	}
	if cfg.cacheDir != "" {
		if err := os.MkdirAll(cfg.cacheDir, 0o700); err != nil {
			return nil, fmt.Errorf("engine: create compilation cache: %w", err)
		}
		cache, err := wazero.NewCompilationCacheWithDir(cfg.cacheDir)
		if err != nil {
			return nil, fmt.Errorf("engine: open compilation cache %s: %w", cfg.cacheDir, err)
		}
		e.cache = cache
		rc = rc.WithCompilationCache(cache)
	}
	rc = rc.WithMemoryLimitPages(maxMemoryPages).WithCloseOnContextDone(false)
	e.rt = wazero.NewRuntimeWithConfig(ctx, rc)
	if _, err := wasi_snapshot_preview1.Instantiate(ctx, e.rt); err != nil {
		e.Close(ctx)
		return nil, fmt.Errorf("engine: instantiate WASI: %w", err)
	}
	if err := hostfuncs.Instantiate(ctx, e.rt); err != nil {
		e.Close(ctx)
		return nil, fmt.Errorf("engine: instantiate the host module: %w", err)
	}
	return e, nil
}

// Kind is the wazero engine this Engine runs on.
func (e *Engine) Kind() Kind { return e.cfg.kind }

// Schedule returns a copy of the gas schedule new runs are counted with.
func (e *Engine) Schedule() *gas.Schedule { return e.cfg.schedule.Clone() }

// Close releases the engine's runtime and compiled code. Modules compiled
// by it stop working.
func (e *Engine) Close(ctx context.Context) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.closed {
		return nil
	}
	e.closed = true
	var errs []error
	if e.rt != nil {
		errs = append(errs, e.rt.Close(ctx))
	}
	if e.cache != nil {
		errs = append(errs, e.cache.Close(ctx))
	}
	return errors.Join(errs...)
}

func (e *Engine) isClosed() bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.closed
}

// prepared is a module checked, instrumented and compiled.
type prepared struct {
	info     *wasmbin.Module
	compiled wazero.CompiledModule
	schedule *gas.Schedule // nil: unmetered
}

// prepare checks, instruments (under s, or not at all if s is nil) and
// compiles a module, or returns the cached result. The caller must release
// the returned handle.
func (e *Engine) prepare(ctx context.Context, wasm []byte, sum string, s *gas.Schedule) (*cacheEntry, error) {
	if e.isClosed() {
		return nil, ErrClosed
	}
	return e.modules.get(cacheKey(sum, s), func() (*prepared, error) {
		info, err := checkModule(wasm, s != nil)
		if err != nil {
			return nil, err
		}
		code, err := instrument(wasm, s)
		if err != nil {
			return nil, err
		}
		cm, err := e.rt.CompileModule(ctx, code)
		if err != nil {
			return nil, refuse("module does not compile: %w", err)
		}
		return &prepared{info: info, compiled: cm, schedule: s}, nil
	})
}

func sha256Hex(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}
