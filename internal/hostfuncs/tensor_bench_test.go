package hostfuncs

import (
	"context"
	"github.com/decentralized-ml/dml/gas"
	"testing"

	"github.com/tetratelabs/wazero"

	"github.com/decentralized-ml/dml/abi"
)

// BenchmarkTensorRead64MB is tensor_read itself: one host call copying a
// 64 MB input into (already touched) guest memory. Compare with
// BenchmarkMemcpy64MB, the floor.
func BenchmarkTensorRead64MB(b *testing.B) {
	const n = 64 << 20
	ctx := context.Background()
	rt := wazero.NewRuntime(ctx)
	defer rt.Close(ctx)
	if err := Instantiate(ctx, rt); err != nil {
		b.Fatal(err)
	}
	mod, err := rt.Instantiate(ctx, forwardWasm)
	if err != nil {
		b.Fatal(err)
	}
	if _, ok := mod.Memory().Grow(n/page + 1); !ok {
		b.Fatal("grow")
	}
	x := abi.Tensor{Name: "X", DType: abi.F64, Shape: []int64{n / 8}, Data: make([]byte, n)}
	sess := NewSession(gas.Default().Host, []abi.Tensor{x}, nil, nil, nil, nil)
	sess.SetGas(1 << 62)
	ctx = WithSession(ctx, sess)
	mod.Memory().Write(0, []byte("X"))
	read := mod.ExportedFunction("tensor_read")
	call := func() {
		if r, err := read.Call(ctx, 0, 0, 1, page, n); err != nil || r[0] != 0 {
			b.Fatal(r, err)
		}
	}
	call() // touch the pages once
	b.SetBytes(n)
	b.ResetTimer()
	for b.Loop() {
		call()
	}
}

// BenchmarkMemcpy64MB is a Go copy of 64 MB between touched buffers.
func BenchmarkMemcpy64MB(b *testing.B) {
	const n = 64 << 20
	src, dst := make([]byte, n), make([]byte, n)
	copy(dst, src)
	b.SetBytes(n)
	for b.Loop() {
		copy(dst, src)
	}
}
