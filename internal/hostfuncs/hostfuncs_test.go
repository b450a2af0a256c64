package hostfuncs

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/binary"
	"errors"
	"github.com/decentralized-ml/dml/gas"
	"strings"
	"testing"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/manifest"
)

//go:embed testdata/forward.wasm
var forwardWasm []byte

// harness instantiates the forwarder on both engines' worth of state: one
// runtime, one guest, one session per test.
type harness struct {
	t    *testing.T
	ctx  context.Context
	mod  api.Module
	sess *Session
	log  *bytes.Buffer
}

const page = 65536

func newHarness(t *testing.T, m *manifest.Manifest, interp bool) *harness {
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
	mod, err := rt.Instantiate(ctx, forwardWasm)
	if err != nil {
		t.Fatal(err)
	}
	x := abi.FromFloat64s("X", []int64{2, 3}, []float64{1, 2, 3, 4, 5, 6})
	w := abi.FromFloat64s("w", []int64{3}, []float64{7, 8, 9})
	log := &bytes.Buffer{}
	sess := NewSession(gas.Default().Host, []abi.Tensor{x}, []abi.Tensor{w}, []byte(`{"lr":0.5}`), m, log)
	sess.SetGas(1_000_000)
	return &harness{t: t, ctx: WithSession(ctx, sess), mod: mod, sess: sess, log: log}
}

func (h *harness) put(off uint32, b []byte) {
	if !h.mod.Memory().Write(off, b) {
		h.t.Fatalf("write at %d", off)
	}
}

func (h *harness) call(name string, args ...uint64) ([]uint64, error) {
	return h.mod.ExportedFunction(name).Call(h.ctx, args...)
}

func i32(v int32) uint64 { return api.EncodeI32(v) }

func TestTensorInfoAndRead(t *testing.T) {
	for _, interp := range []bool{false, true} {
		h := newHarness(t, nil, interp)
		h.put(0, []byte("Xw"))
		r, err := h.call("tensor_info", 0, 0, 1, 64)
		if err != nil || api.DecodeI32(r[0]) != abi.OK {
			t.Fatalf("tensor_info: %v %v", r, err)
		}
		info, _ := h.mod.Memory().Read(64, 24)
		if dt, rank := binary.LittleEndian.Uint32(info), binary.LittleEndian.Uint32(info[4:]); dt != uint32(abi.F64) || rank != 2 ||
			binary.LittleEndian.Uint64(info[8:]) != 2 || binary.LittleEndian.Uint64(info[16:]) != 3 {
			t.Fatalf("info record % x", info)
		}
		r, err = h.call("tensor_read", i32(abi.KindModel), 1, 1, 128, 24)
		if err != nil || api.DecodeI32(r[0]) != abi.OK {
			t.Fatalf("tensor_read: %v %v", r, err)
		}
		got, _ := h.mod.Memory().Read(128, 24)
		want := abi.FromFloat64s("w", []int64{3}, []float64{7, 8, 9}).Data
		if !bytes.Equal(got, want) {
			t.Fatalf("read % x, want % x", got, want)
		}
	}
}

func TestStatusReturns(t *testing.T) {
	h := newHarness(t, nil, false)
	h.put(0, []byte("Xzw"))
	cases := []struct {
		name string
		fn   string
		args []uint64
		want int32
	}{
		{"info of missing name", "tensor_info", []uint64{0, 1, 1, 64}, abi.ErrNotFound},
		{"input w is a model", "tensor_read", []uint64{0, 2, 1, 128, 24}, abi.ErrNotFound},
		{"short buffer", "tensor_read", []uint64{0, 0, 1, 128, 40}, abi.ErrSize},
		{"long buffer", "tensor_read", []uint64{0, 0, 1, 128, 56}, abi.ErrSize},
		{"params length", "params", []uint64{0, 0}, 10},
	}
	for _, c := range cases {
		r, err := h.call(c.fn, c.args...)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got := api.DecodeI32(r[0]); got != c.want {
			t.Errorf("%s: got %d, want %d", c.name, got, c.want)
		}
	}
}

func TestViolationsTrap(t *testing.T) {
	cases := []struct {
		name string
		fn   string
		args []uint64
		msg  string
	}{
		{"name out of bounds", "tensor_read", []uint64{0, page - 1, 4, 128, 48}, "outside memory"},
		{"name wraps", "tensor_read", []uint64{0, 0xffffffff, 2, 128, 48}, "wraps"},
		{"dst out of bounds", "tensor_read", []uint64{0, 0, 1, page - 8, 48}, "outside memory"},
		{"dst wraps", "tensor_read", []uint64{0, 0, 1, 0xfffffff8, 48}, "wraps"},
		{"dst misaligned", "tensor_read", []uint64{0, 0, 1, 129, 48}, "aligned"},
		{"bad kind", "tensor_read", []uint64{7, 0, 1, 128, 48}, "kind 7"},
		{"empty name", "tensor_info", []uint64{0, 0, 0, 64}, "name length 0"},
		{"info out of bounds", "tensor_info", []uint64{0, 0, 1, page - 16}, "outside memory"},
		{"params dst out of bounds", "params", []uint64{page - 4, 100}, "outside memory"},
		{"log bad level", "log", []uint64{9, 0, 1}, "level 9"},
		{"log out of bounds", "log", []uint64{1, page - 1, 2}, "outside memory"},
		{"emit bad kind", "emit", []uint64{2, 0, 1, 1, 256, 0, 512, 0}, "kind 2"},
		{"emit bad dtype", "emit", []uint64{0, 0, 1, 9, 256, 0, 512, 0}, "dtype code 9"},
		{"emit rank too big", "emit", []uint64{0, 0, 1, 1, 256, 9, 512, 0}, "rank 9"},
		{"emit data misaligned", "emit", []uint64{0, 0, 1, 1, 256, 0, 513, 8}, "aligned"},
		{"emit data wraps", "emit", []uint64{0, 0, 1, 1, 256, 0, 0xfffffff8, 16}, "wraps"},
	}
	for _, interp := range []bool{false, true} {
		for _, c := range cases {
			h := newHarness(t, nil, interp)
			h.put(0, []byte("X"))
			_, err := h.call(c.fn, c.args...)
			if !errors.Is(err, ErrABIViolation) || !strings.Contains(err.Error(), c.msg) {
				t.Errorf("%s (interpreter %v): err %v, want abi violation mentioning %q", c.name, interp, err, c.msg)
			}
		}
	}
}

func TestEmitAgainstManifest(t *testing.T) {
	m := &manifest.Manifest{Name: "t", Version: "1", ABIVersion: 1,
		Outputs: []manifest.EmitSpec{{Name: "y", DType: "f64", MaxBytes: 16}},
		Deltas:  []manifest.EmitSpec{{Name: "y", DType: "f64", MaxBytes: 64}}}
	h := newHarness(t, m, false)
	h.put(0, []byte("yzq"))
	dims := func(off uint32, d ...int64) {
		b := make([]byte, 8*len(d))
		for i, v := range d {
			binary.LittleEndian.PutUint64(b[8*i:], uint64(v))
		}
		h.put(off, b)
	}
	dims(256, 2)
	dims(272, 3)
	dims(288, -1)
	cases := []struct {
		name string
		args []uint64
		want int32
	}{
		{"undeclared", []uint64{0, 1, 1, 1, 256, 1, 512, 16}, abi.ErrUndeclared},
		{"wrong dtype", []uint64{0, 0, 1, 2, 256, 1, 512, 8}, abi.ErrDType},
		{"size mismatch", []uint64{0, 0, 1, 1, 256, 1, 512, 8}, abi.ErrSize},
		{"over cap", []uint64{0, 0, 1, 1, 272, 1, 512, 24}, abi.ErrOverCap},
		{"ok", []uint64{0, 0, 1, 1, 256, 1, 512, 16}, abi.OK},
		{"duplicate", []uint64{0, 0, 1, 1, 256, 1, 512, 16}, abi.ErrDuplicate},
		{"delta ok", []uint64{1, 0, 1, 1, 272, 1, 512, 24}, abi.OK},
	}
	for _, c := range cases {
		r, err := h.call("emit", c.args...)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got := api.DecodeI32(r[0]); got != c.want {
			t.Errorf("%s: got %d (%s), want %d (%s)", c.name, got, abi.StatusText(got), c.want, abi.StatusText(c.want))
		}
	}
	if _, err := h.call("emit", 0, 0, 1, 1, 288, 1, 512, 8); !errors.Is(err, ErrABIViolation) {
		t.Errorf("negative dim: %v", err)
	}
	if out := h.sess.Outputs(); len(out) != 1 || out[0].Name != "y" || len(out[0].Data) != 16 {
		t.Errorf("outputs %+v", out)
	}
	if d := h.sess.Deltas(); len(d) != 1 || d[0].Shape[0] != 3 {
		t.Errorf("deltas %+v", d)
	}
}

func TestGasCharging(t *testing.T) {
	h := newHarness(t, nil, false)
	h.sess.SetGas(int64(gas.Default().Host.Call) + 5)
	r, err := h.call("gas_left")
	if err != nil || int64(r[0]) != 5 {
		t.Fatalf("gas_left %v %v", r, err)
	}
	h.put(0, []byte("X"))
	// Reading 48 bytes costs the call + 6: more than the 5 left.
	if _, err := h.call("tensor_read", 0, 0, 1, 128, 48); !errors.Is(err, ErrOutOfGas) {
		t.Fatalf("tensor_read with too little gas: %v", err)
	}
	if h.sess.GasLeft() != -1 {
		t.Fatalf("gas left after running out: %d, want -1", h.sess.GasLeft())
	}
}

func TestLogStaysLocal(t *testing.T) {
	h := newHarness(t, nil, false)
	h.put(0, []byte("hello"))
	if _, err := h.call("log", i32(abi.LogWarn), 0, 5); err != nil {
		t.Fatal(err)
	}
	if got := h.log.String(); got != "warn: hello\n" {
		t.Fatalf("log %q", got)
	}
}

func TestNoSession(t *testing.T) {
	h := newHarness(t, nil, false)
	_, err := h.mod.ExportedFunction("gas_left").Call(context.Background())
	if !errors.Is(err, ErrNoSession) {
		t.Fatalf("call outside a run: %v", err)
	}
}
