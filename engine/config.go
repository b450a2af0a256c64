package engine

import (
	"fmt"
	"time"

	"github.com/decentralized-ml/dml/gas"
)

// Kind selects wazero's engine: the optimizing compiler or the interpreter.
// Both give the same results and gas for every module.
type Kind string

// Kinds of engine.
const (
	Compiler    Kind = "compiler"
	Interpreter Kind = "interpreter"
)

// ParseKind maps "compiler" or "interpreter" (or "", the compiler) to its Kind.
func ParseKind(s string) (Kind, error) {
	switch Kind(s) {
	case Compiler, Interpreter:
		return Kind(s), nil
	case "":
		return Compiler, nil
	}
	return "", fmt.Errorf("%w: engine %q: want compiler or interpreter", ErrInvalidInput, s)
}

// Config configures an Engine. It is immutable: each WithX method returns
// a changed copy.
//
//	cfg := engine.NewConfig().WithKind(engine.Interpreter).WithCompilationCache(dir)
//	e, err := engine.New(ctx, cfg)
type Config struct {
	kind      Kind
	cacheDir  string
	cacheSize int
	schedule  *gas.Schedule
	bound     wallClockBound
}

// NewConfig returns the default configuration: the compiler, no on-disk
// compilation cache, 32 compiled modules kept in memory, and the current
// gas schedule (gas.Current).
func NewConfig() Config {
	return Config{kind: Compiler, cacheSize: 32, schedule: gas.Default(), bound: defaultBound}
}

// WithKind selects the compiler (default) or the interpreter.
//
//	cfg := engine.NewConfig().WithKind(engine.Interpreter)
func (c Config) WithKind(k Kind) Config {
	c.kind = k
	return c
}

// WithCompilationCache keeps compiled machine code in dir, so that another
// Engine or process compiles a module once. Default: none (every new
// Engine compiles afresh). Protect dir: it holds executable code.
//
//	cfg := engine.NewConfig().WithCompilationCache(filepath.Join(home, "cache"))
func (c Config) WithCompilationCache(dir string) Config {
	c.cacheDir = dir
	return c
}

// WithModuleCacheSize bounds the compiled modules an Engine keeps in memory
// for Run (least recently used go first). Default 32.
//
//	cfg := engine.NewConfig().WithModuleCacheSize(4)
func (c Config) WithModuleCacheSize(n int) Config {
	c.cacheSize = n
	return c
}

// WithSchedule counts gas with s instead of the current schedule. Results
// and receipts record s.Version. Default: gas.Default().
//
//	s, _ := gas.Lookup("dml-gas-v4")
//	cfg := engine.NewConfig().WithSchedule(s)
func (c Config) WithSchedule(s *gas.Schedule) Config {
	c.schedule = s.Clone()
	return c
}

// WithWallClockBound sets the last line of defence against metering
// defects: a run that takes longer than floor + gasLimit × perGas, or a
// compilation longer than floor + size × perByte, ends with status
// deadline_exceeded and is never billed. The defaults (defaultBound) are
// far above what any gas limit buys on a slow machine; an honest run never
// meets them.
//
//	cfg := engine.NewConfig().WithWallClockBound(10*time.Second, time.Nanosecond, time.Microsecond)
func (c Config) WithWallClockBound(floor, perGas, perByte time.Duration) Config {
	c.bound = wallClockBound{floor: floor, perGas: perGas, perByte: perByte}
	return c
}
