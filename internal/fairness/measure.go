package main

import (
	"context"
	"slices"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/conformance"
	"github.com/decentralized-ml/dml/engine"
	"github.com/decentralized-ml/dml/internal/peakrss"
)

// row is one workload measured on one engine.
type row struct {
	name     string
	status   abi.RunStatus
	gas      uint64
	wallMS   float64 // median over the runs: instantiate and run
	rssMiB   float64 // largest growth of resident memory in a run; -1 unmeasured
	limitMiB uint32
}

func (r row) nsPerGas() float64 {
	if r.gas == 0 {
		return 0
	}
	return r.wallMS * 1e6 / float64(r.gas)
}

// measure compiles v once and runs it reps times.
func measure(ctx context.Context, e *engine.Engine, v conformance.Vector, reps int) (row, error) {
	wasm, job, err := v.Job()
	if err != nil {
		return row{}, err
	}
	r := row{name: v.Name, rssMiB: -1}
	mod, err := e.Compile(ctx, wasm)
	if err != nil {
		r.status = abi.StatusInvalidModule
		return r, nil
	}
	defer mod.Close(ctx)
	walls := make([]float64, 0, reps)
	for range reps {
		mark := peakrss.Start()
		res, err := mod.Run(ctx, job)
		if err != nil {
			return row{}, err
		}
		if g, ok := mark.Growth(); ok {
			r.rssMiB = max(r.rssMiB, float64(g)/(1<<20))
		}
		r.status, r.gas, r.limitMiB = res.Status, res.GasUsed, res.MemoryLimitMiB
		walls = append(walls, res.WallMS)
	}
	slices.Sort(walls)
	r.wallMS = walls[len(walls)/2]
	return r, nil
}
