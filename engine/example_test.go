package engine_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"time"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/engine"
	"github.com/decentralized-ml/dml/tensorfile"
)

// Compile a module once, run it on two .npy files, and print what a
// receipt would record: status, result hash and gas.
func Example() {
	ctx := context.Background()
	e, err := engine.New(ctx, engine.NewConfig())
	if err != nil {
		log.Fatal(err)
	}
	defer e.Close(ctx)
	wasm, _ := os.ReadFile("testdata/dot.wasm")
	mod, err := e.Compile(ctx, wasm)
	if err != nil {
		log.Fatal(err) // a refused module says why
	}
	x, _ := tensorfile.Load("testdata/x.npy", "x", abi.F64, 1)
	y, _ := tensorfile.Load("testdata/y.npy", "y", abi.F64, 1)
	res, err := mod.Run(ctx, &engine.Job{Inputs: []abi.Tensor{x, y}})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.Status, res.OutputTensors[0].Float64s(), res.ResultHash[:16], res.GasUsed)
	// Output: ok [32] 90b5d904f585cf45 10737
}

// Check a receipt by re-running its computation on the same inputs.
func ExampleVerify() {
	ctx := context.Background()
	e, err := engine.New(ctx, engine.NewConfig())
	if err != nil {
		log.Fatal(err)
	}
	defer e.Close(ctx)
	wasm, _ := os.ReadFile("testdata/dot.wasm")
	x, _ := tensorfile.Load("testdata/x.npy", "x", abi.F64, 1)
	y, _ := tensorfile.Load("testdata/y.npy", "y", abi.F64, 1)
	job := &engine.Job{Inputs: []abi.Tensor{x, y}}
	res, _ := e.Run(ctx, wasm, job) // the device's run
	rc, _ := res.Receipt(time.Now())

	v, err := engine.Verify(ctx, e, rc, wasm, job) // anyone holding the inputs
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("verified:", v.Verified, "differences:", len(v.Differences))
	// Output: verified: true differences: 0
}
