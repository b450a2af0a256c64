// Package engine runs DML modules on wazero: it checks a module against ABI
// v1, meters it in gas (a versioned gas.Schedule), compiles it, and runs
// jobs on it with the host module `dml` (tensor I/O, emit, log, gas and
// BLAS on guest memory) and a deterministic subset of WASI.
//
// An embedder makes an Engine, compiles a module once and runs jobs:
//
//	e, _ := engine.New(ctx, engine.NewConfig())
//	mod, _ := e.Compile(ctx, wasm)
//	res, _ := mod.Run(ctx, &engine.Job{Inputs: tensors})
//	fmt.Println(res.Status, res.ResultHash, res.GasUsed)
//
// Every ending of a run is a Result with a status (abi.RunStatus); a
// result makes the receipt of its run (Result.Receipt), and Verify checks a
// receipt by re-running it. The same job gives the same result hash and
// gas on either Kind of engine and on every CPU. Knobs that give that up
// (unmetered runs, fast BLAS) are in package experimental.
package engine
