package hostfuncs

import (
	"testing"

	"github.com/decentralized-ml/dml/blas"
)

// Level-2 and level-3 calls through the host give the bits of the backend
// called directly: argument order, trans codes, leading dimensions and
// alpha/beta decoding, on both engines and both element types.
func TestBLASMatricesThroughHost(t *testing.T) {
	const aOff, bOff, cOff, xOff, yOff = 0, 8192, 16384, 24576, 28672
	for _, interp := range []bool{false, true} {
		for _, back := range []blas.Backend{blas.Strict(), blas.Fast()} {
			h := newBLASHarness(t, interp, blasForwardWasm, back)
			for _, tr := range []struct {
				code int32
				t    blas.Transpose
			}{{111, blas.NoTrans}, {112, blas.Trans}} {
				// dgemv: A 5×7 with lda 9, x and y strided.
				m, n, lda := 5, 7, 9
				a, x, y := seq((m-1)*lda+n, 1), seq(20, 2), seq(20, 3)
				lenX, lenY := n, m
				if tr.t == blas.Trans {
					lenX, lenY = m, n
				}
				h.putF64(aOff, a)
				h.putF64(xOff, x)
				h.putF64(yOff, y)
				want := append([]float64(nil), y...)
				back.Dgemv(tr.t, m, n, 0.5, a, lda, x[:span(lenX, 2)], 2, -1.5, want[:span(lenY, -3)], -3)
				h.mustCall("dgemv", i32(tr.code), i32(5), i32(7), f64(0.5), aOff, i32(9), xOff, i32(2), f64(-1.5), yOff, i32(-3))
				sameF64(t, "dgemv", h.getF64(yOff, 20), want)

				h.putF32(aOff, to32(a))
				h.putF32(xOff, to32(x))
				h.putF32(yOff, to32(y))
				want32 := to32(y)
				back.Sgemv(tr.t, m, n, 0.5, to32(a), lda, to32(x)[:span(lenX, 2)], 2, -1.5, want32[:span(lenY, -3)], -3)
				h.mustCall("sgemv", i32(tr.code), i32(5), i32(7), f32(0.5), aOff, i32(9), xOff, i32(2), f32(-1.5), yOff, i32(-3))
				sameF32(t, "sgemv", h.getF32(yOff, 20), want32)

				// dgemm: op(A) 6×4, op(B) 4×5, C 6×5 with ldc 8.
				mm, nn, kk := 6, 5, 4
				ar, ac := mm, kk
				if tr.t == blas.Trans {
					ar, ac = kk, mm
				}
				ga, gb, gc := seq((ar-1)*(ac+1)+ac, 4), seq((nn-1)*(kk+2)+kk, 5), seq((mm-1)*8+nn, 6)
				h.putF64(aOff, ga)
				h.putF64(bOff, gb)
				h.putF64(cOff, gc)
				wantC := append([]float64(nil), gc...)
				back.Dgemm(tr.t, blas.Trans, mm, nn, kk, 2, ga, ac+1, gb, kk+2, 0.25, wantC, 8)
				h.mustCall("dgemm", i32(tr.code), i32(112), i32(6), i32(5), i32(4), f64(2), aOff, i32(int32(ac+1)), bOff, i32(6), f64(0.25), cOff, i32(8))
				sameF64(t, "dgemm", h.getF64(cOff, len(gc)), wantC)

				h.putF32(aOff, to32(ga))
				h.putF32(bOff, to32(gb))
				h.putF32(cOff, to32(gc))
				wantC32 := to32(gc)
				back.Sgemm(tr.t, blas.Trans, mm, nn, kk, 2, to32(ga), ac+1, to32(gb), kk+2, 0.25, wantC32, 8)
				h.mustCall("sgemm", i32(tr.code), i32(112), i32(6), i32(5), i32(4), f32(2), aOff, i32(int32(ac+1)), bOff, i32(6), f32(0.25), cOff, i32(8))
				sameF32(t, "sgemm", h.getF32(cOff, len(gc)), wantC32)
			}
			// dger: A 4×6 (lda 7) += 1.5·x·yᵀ, x with inc -2.
			a, x, y := seq(3*7+6, 7), seq(7, 8), seq(6, 9)
			h.putF64(aOff, a)
			h.putF64(xOff, x)
			h.putF64(yOff, y)
			want := append([]float64(nil), a...)
			back.Dger(4, 6, 1.5, x, -2, y, 1, want, 7)
			h.mustCall("dger", i32(4), i32(6), f64(1.5), xOff, i32(-2), yOff, i32(1), aOff, i32(7))
			sameF64(t, "dger", h.getF64(aOff, len(a)), want)

			h.putF32(aOff, to32(a))
			h.putF32(xOff, to32(x))
			h.putF32(yOff, to32(y))
			want32 := to32(a)
			back.Sger(4, 6, 1.5, to32(x), -2, to32(y), 1, want32, 7)
			h.mustCall("sger", i32(4), i32(6), f32(1.5), xOff, i32(-2), yOff, i32(1), aOff, i32(7))
			sameF32(t, "sger", h.getF32(aOff, len(a)), want32)
		}
	}
}
