// Package runtime runs DML modules on wazero: load → check → instrument →
// compile (cached) → instantiate → run → Result.
package engine

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"

	"github.com/decentralized-ml/dml/internal/hostfuncs"
	"github.com/decentralized-ml/dml/internal/wasmbin"
)

// Version is the runtime's version, recorded in every receipt.
const Version = "0.1.0"

// Config configures an Engine.
type Config struct {
	// Home is the dmlrun home; the compilation cache lives under Home/cache.
	// Default: DefaultHome().
	Home string
	// MemoryLimitMiB caps each module's linear memory. Default 1024.
	MemoryLimitMiB uint32
	// MaxCachedModules bounds the compiled modules kept in memory per
	// engine kind. Default 32.
	MaxCachedModules int
}

// DefaultMemoryLimitMiB is the memory cap when Config gives none.
const DefaultMemoryLimitMiB = 1024

// DefaultHome is $DMLRUN_HOME, else ~/.dmlrun.
func DefaultHome() string {
	if h := os.Getenv("DMLRUN_HOME"); h != "" {
		return h
	}
	if h, err := os.UserHomeDir(); err == nil {
		return filepath.Join(h, ".dmlrun")
	}
	return ".dmlrun"
}

// Engine runs jobs. It is safe for concurrent use: compiled modules are
// shared, and each run gets its own module instance and session.
type Engine struct {
	cfg   Config
	cache wazero.CompilationCache

	mu     sync.Mutex
	rts    map[EngineKind]*wazRuntime
	closed bool
}

// NewEngine makes an Engine with an on-disk compilation cache under the
// home. Close it to release compiled code.
func NewEngine(ctx context.Context, cfg Config) (*Engine, error) {
	if cfg.Home == "" {
		cfg.Home = DefaultHome()
	}
	if cfg.MemoryLimitMiB == 0 {
		cfg.MemoryLimitMiB = DefaultMemoryLimitMiB
	}
	if cfg.MemoryLimitMiB > 4096 {
		return nil, fmt.Errorf("memory limit %d MiB exceeds the 4096 MiB a 32-bit module can address", cfg.MemoryLimitMiB)
	}
	if cfg.MaxCachedModules <= 0 {
		cfg.MaxCachedModules = 32
	}
	dir := filepath.Join(cfg.Home, "cache", "wazero")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("create compilation cache: %w (set DMLRUN_HOME to a writable directory)", err)
	}
	cache, err := wazero.NewCompilationCacheWithDir(dir)
	if err != nil {
		return nil, fmt.Errorf("open compilation cache %s: %w", dir, err)
	}
	return &Engine{cfg: cfg, cache: cache, rts: map[EngineKind]*wazRuntime{}}, nil
}

// Close releases the engine's runtimes and compiled code.
func (e *Engine) Close(ctx context.Context) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.closed {
		return nil
	}
	e.closed = true
	var errs []error
	for _, rt := range e.rts {
		errs = append(errs, rt.rt.Close(ctx))
	}
	errs = append(errs, e.cache.Close(ctx))
	return errors.Join(errs...)
}

// ErrClosed is returned by a run on a closed Engine.
var ErrClosed = errors.New("runtime: engine is closed")

// wazRuntime is one wazero runtime (compiler or interpreter) with the host
// modules instantiated and its compiled modules.
type wazRuntime struct {
	rt      wazero.Runtime
	modules *moduleCache
}

func (e *Engine) runtime(ctx context.Context, kind EngineKind) (*wazRuntime, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.closed {
		return nil, ErrClosed
	}
	if r, ok := e.rts[kind]; ok {
		return r, nil
	}
	var rc wazero.RuntimeConfig
	switch kind {
	case Compiler:
		rc = wazero.NewRuntimeConfigCompiler()
	case Interpreter:
		rc = wazero.NewRuntimeConfigInterpreter()
	default:
		return nil, &InputError{Msg: fmt.Sprintf("engine %q: want compiler or interpreter", kind)}
	}
	rc = rc.WithCompilationCache(e.cache).
		WithMemoryLimitPages(e.cfg.MemoryLimitMiB * 16).
		WithCloseOnContextDone(false)
	rt := wazero.NewRuntimeWithConfig(ctx, rc)
	if _, err := wasi_snapshot_preview1.Instantiate(ctx, rt); err != nil {
		rt.Close(ctx)
		return nil, fmt.Errorf("instantiate WASI: %w", err)
	}
	if err := hostfuncs.Instantiate(ctx, rt); err != nil {
		rt.Close(ctx)
		return nil, fmt.Errorf("instantiate host module: %w", err)
	}
	r := &wazRuntime{rt: rt, modules: newModuleCache(e.cfg.MaxCachedModules)}
	e.rts[kind] = r
	return r, nil
}

// prepared is a module checked, instrumented and compiled for one runtime.
type prepared struct {
	rt       wazero.Runtime
	info     *wasmbin.Module
	compiled wazero.CompiledModule
	metered  bool
}

// prepare checks, instruments and compiles a module, or returns the cached
// result. The caller must release the returned handle.
func (e *Engine) prepare(ctx context.Context, kind EngineKind, wasm []byte, sum string, metered bool) (*cacheEntry, error) {
	r, err := e.runtime(ctx, kind)
	if err != nil {
		return nil, err
	}
	return r.modules.get(cacheKey(sum, metered), func() (*prepared, error) {
		info, err := checkModule(wasm, metered)
		if err != nil {
			return nil, err
		}
		code, err := instrument(wasm, metered)
		if err != nil {
			return nil, err
		}
		cm, err := r.rt.CompileModule(ctx, code)
		if err != nil {
			if strings.Contains(err.Error(), "over limit") {
				return nil, refuse("module does not fit the memory limit of %d MiB: %v (raise --memory-limit-mib)", e.cfg.MemoryLimitMiB, err)
			}
			return nil, refuse("module does not compile: %v", err)
		}
		return &prepared{rt: r.rt, info: info, compiled: cm, metered: metered}, nil
	})
}

func sha256Hex(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// prepareOnly checks, instruments and compiles a module without running it.
func (e *Engine) prepareOnly(ctx context.Context, kind EngineKind, wasm []byte) (*prepared, error) {
	entry, err := e.prepare(ctx, kind, wasm, sha256Hex(wasm), true)
	if err != nil {
		return nil, err
	}
	defer entry.release()
	return entry.p, nil
}
