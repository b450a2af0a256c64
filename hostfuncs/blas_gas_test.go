package hostfuncs

import (
	"errors"
	"testing"
)

func TestBLASGasFormula(t *testing.T) {
	cases := []struct {
		flops, elems uint64
		size         int
		want         uint64
	}{
		{0, 0, 8, CostCall},
		{1, 0, 8, CostCall + (GasMilliPerFlop+999)/1000},
		{0, 1, 4, CostCall + (4*GasMilliPerByte+999)/1000},
		{2000, 3000, 8, CostCall + 2*GasMilliPerFlop + 24*GasMilliPerByte},
		{1 << 63, 1 << 63, 8, ^uint64(0)}, // saturates
	}
	for _, c := range cases {
		if got := blasGas(c.flops, c.elems, c.size); got != c.want {
			t.Errorf("blasGas(%d, %d, %d) = %d, want %d", c.flops, c.elems, c.size, got, c.want)
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
		{"ddot", "ddot", []uint64{10, 0, 1, 128, 1}, blasGas(20, 20, 8), nil},
		{"sdot", "sdot", []uint64{10, 0, 1, 128, 1}, blasGas(20, 20, 4), nil},
		{"dcopy", "dcopy", []uint64{10, 0, 1, 128, 1}, blasGas(0, 20, 8), nil},
		{"dgemv", "dgemv", []uint64{112, 3, 4, f64(1), 0, 4, 256, 1, f64(0), 512, 1}, blasGas(24, 12+21, 8), nil},
		{"dger", "dger", []uint64{3, 4, f64(1), 256, 1, 512, 1, 0, 4}, blasGas(24, 24+7, 8), nil},
		{"dgemm", "dgemm", []uint64{111, 111, 3, 4, 5, f64(1), 0, 5, 256, 4, f64(1), 512, 4}, blasGas(120, 15+20+24, 8), nil},
		{"charged before the check", "ddot", []uint64{i32(-5), 0, 1, 0, 1}, blasGas(0, 0, 8), ErrABIViolation},
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
