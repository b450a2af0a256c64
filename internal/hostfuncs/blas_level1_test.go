package hostfuncs

import (
	"math"
	"testing"

	"github.com/tetratelabs/wazero/api"

	"github.com/decentralized-ml/dml/blas"
)

// Level-1 calls through the host give the bits of the backend called
// directly, for positive and negative increments, on both engines.
func TestBLASLevel1ThroughHost(t *testing.T) {
	const xOff, yOff = 1024, 16384
	layouts := []struct{ n, incX, incY int32 }{{0, 1, 1}, {1, 1, -1}, {7, 1, 1}, {33, 2, -3}, {50, -1, 1}, {19, -4, -2}}
	for _, interp := range []bool{false, true} {
		for _, back := range []blas.Backend{blas.Strict(), blas.Fast()} {
			h := newBLASHarness(t, interp, blasForwardWasm, back)
			for _, l := range layouts {
				n, ix, iy := int(l.n), int(l.incX), int(l.incY)
				x, y := seq(span(n, ix), 1), seq(span(n, iy), 2)
				h.putF64(xOff, x)
				h.putF64(yOff, y)
				h.putF32(xOff+8192, to32(x))
				h.putF32(yOff+8192, to32(y))
				args := []uint64{i32(l.n), xOff, i32(l.incX), yOff, i32(l.incY)}
				args32 := []uint64{i32(l.n), xOff + 8192, i32(l.incX), yOff + 8192, i32(l.incY)}

				if got, want := api.DecodeF64(h.mustCall("ddot", args...)[0]), back.Ddot(n, x, ix, y, iy); math.Float64bits(got) != math.Float64bits(want) {
					t.Errorf("ddot %+v: %v, want %v", l, got, want)
				}
				if got, want := api.DecodeF32(h.mustCall("sdot", args32...)[0]), back.Sdot(n, to32(x), ix, to32(y), iy); got != want {
					t.Errorf("sdot %+v: %v, want %v", l, got, want)
				}
				if got, want := api.DecodeF64(h.mustCall("dnrm2", args[:3]...)[0]), back.Dnrm2(n, x, ix); got != want {
					t.Errorf("dnrm2 %+v: %v, want %v", l, got, want)
				}
				if got, want := api.DecodeF32(h.mustCall("snrm2", args32[:3]...)[0]), back.Snrm2(n, to32(x), ix); got != want {
					t.Errorf("snrm2 %+v: %v, want %v", l, got, want)
				}
				if got, want := api.DecodeF64(h.mustCall("dasum", args[:3]...)[0]), back.Dasum(n, x, ix); got != want {
					t.Errorf("dasum %+v: %v, want %v", l, got, want)
				}
				if got, want := api.DecodeF32(h.mustCall("sasum", args32[:3]...)[0]), back.Sasum(n, to32(x), ix); got != want {
					t.Errorf("sasum %+v: %v, want %v", l, got, want)
				}
				if got, want := api.DecodeI32(h.mustCall("idamax", args[:3]...)[0]), back.Idamax(n, x, ix); int(got) != want {
					t.Errorf("idamax %+v: %d, want %d", l, got, want)
				}
				if got, want := api.DecodeI32(h.mustCall("isamax", args32[:3]...)[0]), back.Isamax(n, to32(x), ix); int(got) != want {
					t.Errorf("isamax %+v: %d, want %d", l, got, want)
				}

				wantY := append([]float64(nil), y...)
				back.Daxpy(n, -1.25, x, ix, wantY, iy)
				h.mustCall("daxpy", i32(l.n), f64(-1.25), xOff, i32(l.incX), yOff, i32(l.incY))
				sameF64(t, "daxpy", h.getF64(yOff, len(y)), wantY)

				wantY32 := to32(y)
				back.Saxpy(n, -1.25, to32(x), ix, wantY32, iy)
				h.mustCall("saxpy", i32(l.n), f32(-1.25), xOff+8192, i32(l.incX), yOff+8192, i32(l.incY))
				sameF32(t, "saxpy", h.getF32(yOff+8192, len(y)), wantY32)

				wantX := append([]float64(nil), x...)
				back.Dscal(n, 3.5, wantX, ix)
				h.mustCall("dscal", i32(l.n), f64(3.5), xOff, i32(l.incX))
				sameF64(t, "dscal", h.getF64(xOff, len(x)), wantX)

				wantX32 := to32(x)
				back.Sscal(n, 3.5, wantX32, ix)
				h.mustCall("sscal", i32(l.n), f32(3.5), xOff+8192, i32(l.incX))
				sameF32(t, "sscal", h.getF32(xOff+8192, len(x)), wantX32)

				back.Dcopy(n, wantX, ix, wantY, iy)
				h.mustCall("dcopy", args...)
				sameF64(t, "dcopy", h.getF64(yOff, len(y)), wantY)

				back.Scopy(n, wantX32, ix, wantY32, iy)
				h.mustCall("scopy", args32...)
				sameF32(t, "scopy", h.getF32(yOff+8192, len(y)), wantY32)
			}
		}
	}
}

// span is the element count a vector of n with increment inc covers.
func span(n, inc int) int {
	if n == 0 {
		return 0
	}
	return (n-1)*max(inc, -inc) + 1
}

func sameF64(t *testing.T, what string, got, want []float64) {
	t.Helper()
	for i := range want {
		if math.Float64bits(got[i]) != math.Float64bits(want[i]) {
			t.Fatalf("%s: [%d] = %v, want %v", what, i, got[i], want[i])
		}
	}
}

func sameF32(t *testing.T, what string, got, want []float32) {
	t.Helper()
	for i := range want {
		if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
			t.Fatalf("%s: [%d] = %v, want %v", what, i, got[i], want[i])
		}
	}
}

// An input overlapping the output is read as it was before the call.
func TestBLASOverlapReadsInputsFirst(t *testing.T) {
	h := newBLASHarness(t, false, blasForwardWasm, nil)
	x := seq(10, 3)
	h.putF64(0, x)
	// y = x shifted by one element: y_i = x_{i+1} + 2·x_i with the old x.
	h.mustCall("daxpy", i32(9), f64(2), 0, i32(1), 8, i32(1))
	got := h.getF64(0, 10)
	for i := 0; i < 9; i++ {
		if want := x[i+1] + float64(2*x[i]); got[i+1] != want {
			t.Fatalf("daxpy overlap [%d] = %v, want %v", i+1, got[i+1], want)
		}
	}
	// C = A·B written over A (both at offset 0).
	a, b := seq(9, 4), seq(9, 5)
	h.putF64(0, a)
	h.putF64(512, b)
	want := make([]float64, 9)
	blas.Strict().Dgemm(blas.NoTrans, blas.NoTrans, 3, 3, 3, 1, a, 3, b, 3, 0, want, 3)
	h.mustCall("dgemm", i32(111), i32(111), i32(3), i32(3), i32(3), f64(1), 0, i32(3), 512, i32(3), f64(0), 0, i32(3))
	sameF64(t, "dgemm C over A", h.getF64(0, 9), want)
}
