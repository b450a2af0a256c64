package hostfuncs

import (
	"context"
	_ "embed"
	"encoding/binary"
	"github.com/decentralized-ml/dml/gas"
	"math"
	"testing"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"

	"github.com/decentralized-ml/dml/blas"
)

//go:embed testdata/blas_forward.wasm
var blasForwardWasm []byte

// blasHarness runs the BLAS forwarder (one page of memory) on one engine.
type blasHarness struct {
	t    testing.TB
	ctx  context.Context
	mod  api.Module
	sess *Session
}

func newBLASHarness(t testing.TB, interp bool, wasm []byte, b blas.Backend) *blasHarness {
	t.Helper()
	ctx := context.Background()
	cfg := wazero.NewRuntimeConfigCompiler()
	if interp {
		cfg = wazero.NewRuntimeConfigInterpreter()
	}
	rt := wazero.NewRuntimeWithConfig(ctx, cfg)
	t.Cleanup(func() { rt.Close(ctx) })
	if err := Instantiate(ctx, rt); err != nil {
		t.Fatal(err)
	}
	mod, err := rt.Instantiate(ctx, wasm)
	if err != nil {
		t.Fatal(err)
	}
	sess := NewSession(gas.Default().Host, nil, nil, nil, nil, nil)
	sess.SetGas(1 << 40)
	if b != nil {
		sess.SetBLAS(b)
	}
	return &blasHarness{t: t, ctx: WithSession(ctx, sess), mod: mod, sess: sess}
}

func (h *blasHarness) call(name string, args ...uint64) ([]uint64, error) {
	return h.mod.ExportedFunction(name).Call(h.ctx, args...)
}

func (h *blasHarness) mustCall(name string, args ...uint64) []uint64 {
	h.t.Helper()
	r, err := h.call(name, args...)
	if err != nil {
		h.t.Fatalf("%s: %v", name, err)
	}
	return r
}

func (h *blasHarness) putF64(off uint32, v []float64) {
	b := make([]byte, 8*len(v))
	for i, x := range v {
		binary.LittleEndian.PutUint64(b[8*i:], math.Float64bits(x))
	}
	if !h.mod.Memory().Write(off, b) {
		h.t.Fatalf("write %d floats at %d", len(v), off)
	}
}

func (h *blasHarness) getF64(off uint32, n int) []float64 {
	b, ok := h.mod.Memory().Read(off, uint32(8*n))
	if !ok {
		h.t.Fatalf("read %d floats at %d", n, off)
	}
	out := make([]float64, n)
	for i := range out {
		out[i] = math.Float64frombits(binary.LittleEndian.Uint64(b[8*i:]))
	}
	return out
}

func (h *blasHarness) putF32(off uint32, v []float32) {
	b := make([]byte, 4*len(v))
	for i, x := range v {
		binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(x))
	}
	if !h.mod.Memory().Write(off, b) {
		h.t.Fatalf("write %d floats at %d", len(v), off)
	}
}

func (h *blasHarness) getF32(off uint32, n int) []float32 {
	b, ok := h.mod.Memory().Read(off, uint32(4*n))
	if !ok {
		h.t.Fatalf("read %d floats at %d", n, off)
	}
	out := make([]float32, n)
	for i := range out {
		out[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
	}
	return out
}

// seq is a deterministic test vector: distinct, mixed-sign, inexact values.
func seq(n int, seed float64) []float64 {
	out := make([]float64, n)
	for i := range out {
		out[i] = math.Sin(seed+float64(i)*0.731) * (1 + float64(i%7)/3)
	}
	return out
}

func to32(v []float64) []float32 {
	out := make([]float32, len(v))
	for i, x := range v {
		out[i] = float32(x)
	}
	return out
}

func f64(v float64) uint64 { return api.EncodeF64(v) }
func f32(v float32) uint64 { return api.EncodeF32(v) }
