package main

import (
	"context"
	"fmt"
	"github.com/decentralized-ml/dml/gas"
	"math"
	"slices"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/internal/hostfuncs"
	"github.com/decentralized-ml/dml/internal/meter"
)

// bench runs workloads on one wazero compiler runtime with WASI and the
// host module dml.
type bench struct {
	ctx context.Context
	r   wazero.Runtime
}

func newBench(ctx context.Context) (*bench, error) {
	r := wazero.NewRuntimeWithConfig(ctx, wazero.NewRuntimeConfigCompiler())
	wasi_snapshot_preview1.MustInstantiate(ctx, r)
	if err := hostfuncs.Instantiate(ctx, r); err != nil {
		return nil, err
	}
	return &bench{ctx: ctx, r: r}, nil
}

// instance is one instantiated workload module with its session.
type instance struct {
	fn   api.Function
	sess *hostfuncs.Session
	ctx  context.Context
}

// instantiate compiles wasm (metered under t, unless t is nil), creates an
// instance and runs its _initialize.
func (b *bench) instantiate(w workload, t *gas.Schedule) (*instance, error) {
	wasm := w.wasm
	if t != nil {
		var err error
		if wasm, err = meter.Instrument(wasm, t); err != nil {
			return nil, err
		}
	}
	mod, err := b.r.InstantiateWithConfig(b.ctx, wasm, wazero.NewModuleConfig().WithStartFunctions().WithName(""))
	if err != nil {
		return nil, err
	}
	var costs gas.HostCosts // an unmetered run pays nothing to the host either
	if t != nil {
		costs = t.Host
	}
	in := &instance{fn: mod.ExportedFunction(w.fn), sess: hostfuncs.NewSession(costs, w.inputs, nil, nil, nil, nil)}
	if in.fn == nil {
		return nil, fmt.Errorf("%s exports no %s", w.name, w.fn)
	}
	in.ctx = hostfuncs.WithSession(b.ctx, in.sess)
	in.sess.SetGas(math.MaxInt64)
	if t != nil {
		in.sess.BindGas(mod)
		in.sess.SetGas(1 << 62)
	}
	if init := mod.ExportedFunction(abi.ExportInitialize); init != nil {
		if _, err := init.Call(in.ctx); err != nil {
			return nil, err
		}
	}
	return in, nil
}

// call runs the workload once and returns its time and the gas it used.
func (in *instance) call(w workload) (time.Duration, uint64, error) {
	const start = 1 << 62
	in.sess.SetGas(start)
	t0 := time.Now()
	_, err := in.fn.Call(in.ctx, w.args...)
	d := time.Since(t0)
	if err != nil {
		return 0, 0, fmt.Errorf("%s: %w", w.name, err)
	}
	return d, uint64(start - in.sess.GasLeft()), nil
}

// gas is the gas one call of w uses under t, on a new instance (warmed
// for fresh workloads, as timeUnmetered times them).
func (b *bench) gas(w workload, t *gas.Schedule) (uint64, error) {
	in, err := b.instance(w, t)
	if err != nil {
		return 0, err
	}
	_, g, err := in.call(w)
	return g, err
}

// instance is a new instance of w, which has made one call if w is fresh.
func (b *bench) instance(w workload, t *gas.Schedule) (*instance, error) {
	in, err := b.instantiate(w, t)
	if err == nil && w.fresh {
		_, _, err = in.call(w)
	}
	return in, err
}

// timeUnmetered is the median time of rounds unmetered calls of w.
func (b *bench) timeUnmetered(w workload, rounds int) (time.Duration, error) {
	var in *instance
	ds := make([]time.Duration, 0, rounds)
	for range rounds {
		if in == nil || w.fresh {
			var err error
			if in, err = b.instance(w, nil); err != nil {
				return 0, err
			}
		}
		d, _, err := in.call(w)
		if err != nil {
			return 0, err
		}
		ds = append(ds, d)
	}
	slices.Sort(ds)
	return ds[len(ds)/2], nil
}

// Columns of a row: one per cost class, the three dynamic costs, then the
// host columns.
const (
	colGrowPage = int(gas.NumClasses) + iota
	colBulkChunk
	colTableElem
	numTableColumns
	numColumns = numTableColumns + numHostColumns
)

// countingTable costs 1 for each control instruction (Validate wants
// that) and cost for column c, nothing else.
func countingTable(c int, control, cost uint64) *gas.Schedule {
	t := &gas.Schedule{Version: "count", BulkChunkBytes: 16, MaxDepth: gas.Default().MaxDepth}
	t.Instr[gas.ClassControl] = control
	switch {
	case c < 0:
	case c == colGrowPage:
		t.GrowPage = cost
	case c == colBulkChunk:
		t.BulkChunk = cost
	case c == colTableElem:
		t.TableElem = cost
	default:
		t.Instr[c] += cost
	}
	return t
}

// counts measures how many of each column one call of w runs: the gas
// under a table that costs 1 for the column alone, less the control
// instructions and the host's own charges, which cancel out in the
// difference.
func (b *bench) counts(w workload) ([]float64, error) {
	base, err := b.gas(w, countingTable(-1, 1, 0))
	if err != nil {
		return nil, err
	}
	double, err := b.gas(w, countingTable(-1, 2, 0))
	if err != nil {
		return nil, err
	}
	out := make([]float64, numColumns)
	out[gas.ClassControl] = float64(double - base)
	for c := range numTableColumns {
		if c == int(gas.ClassFree) || c == int(gas.ClassControl) {
			continue
		}
		g, err := b.gas(w, countingTable(c, 1, 1))
		if err != nil {
			return nil, err
		}
		out[c] = float64(g - base)
	}
	for h, v := range w.host {
		out[numTableColumns+h] = v
	}
	return out, nil
}
