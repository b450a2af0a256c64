package hostfuncs

import (
	"errors"
	"testing"

	"github.com/decentralized-ml/dml/gas"
)

// testSession charges the current schedule's host costs.
var testSession = NewSession(gas.Default().Host, nil, nil, nil, nil, nil)

func TestBLASGasFormula(t *testing.T) {
	c := gas.Default().Host
	cases := []struct {
		flops, elems uint64
		size         int
		want         uint64
	}{
		{0, 0, 8, c.Call},
		{1, 0, 8, c.Call + (c.MilliPerFlop+999)/1000},
		{0, 1, 4, c.Call + (4*c.MilliPerByte+999)/1000},
		{2000, 3000, 8, c.Call + 2*c.MilliPerFlop + 24*c.MilliPerByte},
		{1 << 63, 1 << 63, 8, ^uint64(0)}, // saturates
	}
	for _, tc := range cases {
		if got := testSession.blasGas(tc.flops, tc.elems, tc.size); got != tc.want {
			t.Errorf("blasGas(%d, %d, %d) = %d, want %d", tc.flops, tc.elems, tc.size, got, tc.want)
		}
	}
}

// Each call pays, from its shapes alone, exactly the documented cost, before
// it checks anything; an absurd shape runs out of gas instead of wrapping.
func TestBLASCharges(t *testing.T) {
	const start = 1 << 40
	cases := []struct {
		name string
		fn   string
		args []uint64
		want uint64
		err  error
	}{
		{"ddot", "ddot", []uint64{10, 0, 1, 128, 1}, testSession.blasGas(20, 20, 8), nil},
		{"sdot", "sdot", []uint64{10, 0, 1, 128, 1}, testSession.blasGas(20, 20, 4), nil},
		{"dcopy", "dcopy", []uint64{10, 0, 1, 128, 1}, testSession.blasGas(0, 20, 8), nil},
		{"dgemv", "dgemv", []uint64{112, 3, 4, f64(1), 0, 4, 256, 1, f64(0), 512, 1}, testSession.blasGas(24, 12+21, 8), nil},
		{"dger", "dger", []uint64{3, 4, f64(1), 256, 1, 512, 1, 0, 4}, testSession.blasGas(24, 24+7, 8), nil},
		{"dgemm", "dgemm", []uint64{111, 111, 3, 4, 5, f64(1), 0, 5, 256, 4, f64(1), 512, 4}, testSession.blasGas(120, 15+20+24, 8), nil},
		{"charged before the check", "ddot", []uint64{i32(-5), 0, 1, 0, 1}, testSession.blasGas(0, 0, 8), ErrABIViolation},
		{"absurd gemm", "dgemm", []uint64{111, 111, i32(1<<31 - 1), i32(1<<31 - 1), i32(1<<31 - 1), f64(1), 0, 1, 0, 1, f64(0), 0, 1}, 0, ErrOutOfGas},
	}
	for _, c := range cases {
		h := newBLASHarness(t, false, blasForwardWasm, nil)
		h.sess.SetGas(start)
		_, err := h.call(c.fn, c.args...)
		if c.err != nil {
			if !errors.Is(err, c.err) {
				t.Errorf("%s: err %v, want %v", c.name, err, c.err)
			}
			if c.err == ErrOutOfGas {
				continue
			}
		} else if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if used := uint64(start - h.sess.GasLeft()); used != c.want {
			t.Errorf("%s: charged %d, want %d", c.name, used, c.want)
		}
	}
}
