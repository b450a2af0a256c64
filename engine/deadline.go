package engine

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/gas"
	"github.com/decentralized-ml/dml/internal/hostfuncs"
)

// ErrDeadlineExceeded: a run or a compilation took far longer than its gas
// or size allows (status deadline_exceeded). It is a metering defect.
var ErrDeadlineExceeded = errors.New("deadline exceeded")

// wallClockBound is how long a run or a compilation may take before the
// engine gives up on it: floor, plus perGas for each gas of the run's limit
// or perByte for each byte of the module.
type wallClockBound struct {
	floor, perGas, perByte time.Duration
}

// defaultBound allows 2 ns per gas, 100× the time a gas stands for on the
// reference machine (abi/COSTS.md), and 50 µs per module byte, about 50×
// what compiling the largest real modules takes.
var defaultBound = wallClockBound{floor: 60 * time.Second, perGas: 2 * time.Nanosecond, perByte: 50 * time.Microsecond}

func (b wallClockBound) run(gasLimit uint64) time.Duration {
	return b.floor + saturatingDuration(gasLimit, b.perGas, b.floor)
}

func (b wallClockBound) compile(size int) time.Duration {
	return b.floor + saturatingDuration(uint64(size), b.perByte, b.floor)
}

// saturatingDuration is n×unit, at most what can be added to floor.
func saturatingDuration(n uint64, unit, floor time.Duration) time.Duration {
	most := time.Duration(1<<63-1) - floor
	if unit <= 0 {
		return 0
	}
	if n > uint64(most/unit) {
		return most
	}
	return time.Duration(n) * unit
}

// runBounded runs execute on its own goroutine and waits for it, for the
// run's bound, or for ctx. If it gives up, it tells the session to end the
// run at its next host call and returns; the instance is released when the
// abandoned run ends. The goroutine costs about a microsecond a run
// (BenchmarkRunCached); wazero's own context check costs 10–20× on loops.
func (m *Module) runBounded(ctx context.Context, sess *hostfuncs.Session, job *Job, res *Result) (outcome, error) {
	m.entry.acquire() // the abandoned goroutine may outlive Run
	done := make(chan outcome, 1)
	go func() {
		defer m.entry.release()
		done <- m.execute(context.WithoutCancel(ctx), sess, job, res)
	}()
	timer := time.NewTimer(m.e.cfg.bound.run(res.GasLimit))
	defer timer.Stop()
	select {
	case o := <-done:
		return o, nil
	case <-timer.C:
		sess.Abort()
		return outcome{left: int64(res.GasLimit), status: abi.StatusDeadlineExceeded,
			err: fmtDeadline("the run took more than %s for a gas limit of %d: a metering defect, never billed", m.e.cfg.bound.run(res.GasLimit), res.GasLimit)}, nil
	case <-ctx.Done():
		sess.Abort()
		return outcome{}, ctx.Err()
	}
}

// prepareBounded is prepare, given up after the compile bound.
func (e *Engine) prepareBounded(ctx context.Context, wasm []byte, sum string, s *gas.Schedule) (*cacheEntry, error) {
	type prepared struct {
		entry *cacheEntry
		err   error
	}
	done := make(chan prepared, 1)
	go func() {
		entry, err := e.prepare(context.WithoutCancel(ctx), wasm, sum, s)
		done <- prepared{entry, err}
	}()
	bound := e.cfg.bound.compile(len(wasm))
	timer := time.NewTimer(bound)
	defer timer.Stop()
	abandon := func() {
		go func() {
			if p := <-done; p.entry != nil {
				p.entry.release()
			}
		}()
	}
	select {
	case p := <-done:
		return p.entry, p.err
	case <-timer.C:
		abandon()
		return nil, fmtDeadline("compiling the module (%d bytes) took more than %s: a defect of the compile budget", len(wasm), bound)
	case <-ctx.Done():
		abandon()
		return nil, ctx.Err()
	}
}

func fmtDeadline(format string, args ...any) error {
	return &deadlineError{msg: fmt.Sprintf(format, args...)}
}

type deadlineError struct{ msg string }

func (e *deadlineError) Error() string        { return e.msg }
func (e *deadlineError) Is(target error) bool { return target == ErrDeadlineExceeded }
