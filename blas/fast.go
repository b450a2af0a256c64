package blas

import (
	gblas "gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/gonum"
)

// native is a backend over a full BLAS implementation (gonum's or, with the
// openblas tag, OpenBLAS's). Its bits depend on the CPU (and for OpenBLAS on
// its thread count), so its class names the architecture.
type native struct {
	name string
	f64  gblas.Float64
	f32  gblas.Float32
}

// Fast returns gonum's native BLAS: assembly on amd64, pure Go elsewhere.
func Fast() Backend { return native{NameFast, gonum.Implementation{}, gonum.Implementation{}} }

func (b native) Name() string  { return b.name }
func (b native) Class() string { return archClass(b.name) }

func (b native) Ddot(n int, x []float64, incX int, y []float64, incY int) float64 {
	return b.f64.Ddot(n, x, incX, y, incY)
}
func (b native) Dnrm2(n int, x []float64, incX int) float64 {
	return b.f64.Dnrm2(n, x, absInc(incX))
}
func (b native) Dasum(n int, x []float64, incX int) float64 {
	return b.f64.Dasum(n, x, absInc(incX))
}
func (b native) Idamax(n int, x []float64, incX int) int {
	if n == 0 || incX < 0 {
		return iamax(n, x, incX) // ties: the first in element order, not in memory
	}
	return b.f64.Idamax(n, x, incX)
}
func (b native) Daxpy(n int, alpha float64, x []float64, incX int, y []float64, incY int) {
	b.f64.Daxpy(n, alpha, x, incX, y, incY)
}
func (b native) Dscal(n int, alpha float64, x []float64, incX int) {
	b.f64.Dscal(n, alpha, x, absInc(incX))
}
func (b native) Dcopy(n int, x []float64, incX int, y []float64, incY int) {
	b.f64.Dcopy(n, x, incX, y, incY)
}
func (b native) Dgemv(tA Transpose, m, n int, alpha float64, a []float64, lda int, x []float64, incX int, beta float64, y []float64, incY int) {
	if m == 0 || n == 0 {
		return
	}
	b.f64.Dgemv(tA, m, n, alpha, a, lda, x, incX, beta, y, incY)
}
func (b native) Dger(m, n int, alpha float64, x []float64, incX int, y []float64, incY int, a []float64, lda int) {
	if m == 0 || n == 0 {
		return
	}
	if incX < 0 || incY < 0 {
		ger(m, n, alpha, x, incX, y, incY, a, lda) // see Sger
		return
	}
	b.f64.Dger(m, n, alpha, x, incX, y, incY, a, lda)
}
func (b native) Dgemm(tA, tB Transpose, m, n, k int, alpha float64, a []float64, lda int, bm []float64, ldb int, beta float64, c []float64, ldc int) {
	if m == 0 || n == 0 {
		return
	}
	if k == 0 || alpha == 0 {
		for i := 0; i < m; i++ {
			scaleOnly(n, beta, c[i*ldc:i*ldc+n], 1)
		}
		return
	}
	b.f64.Dgemm(tA, tB, m, n, k, alpha, a, lda, bm, ldb, beta, c, ldc)
}

func (b native) Sdot(n int, x []float32, incX int, y []float32, incY int) float32 {
	return b.f32.Sdot(n, x, incX, y, incY)
}
func (b native) Snrm2(n int, x []float32, incX int) float32 {
	return b.f32.Snrm2(n, x, absInc(incX))
}
func (b native) Sasum(n int, x []float32, incX int) float32 {
	return b.f32.Sasum(n, x, absInc(incX))
}
func (b native) Isamax(n int, x []float32, incX int) int {
	if n == 0 || incX < 0 {
		return iamax(n, x, incX) // ties: the first in element order, not in memory
	}
	return b.f32.Isamax(n, x, incX)
}
func (b native) Saxpy(n int, alpha float32, x []float32, incX int, y []float32, incY int) {
	b.f32.Saxpy(n, alpha, x, incX, y, incY)
}
func (b native) Sscal(n int, alpha float32, x []float32, incX int) {
	b.f32.Sscal(n, alpha, x, absInc(incX))
}
func (b native) Scopy(n int, x []float32, incX int, y []float32, incY int) {
	b.f32.Scopy(n, x, incX, y, incY)
}
func (b native) Sgemv(tA Transpose, m, n int, alpha float32, a []float32, lda int, x []float32, incX int, beta float32, y []float32, incY int) {
	if m == 0 || n == 0 {
		return
	}
	b.f32.Sgemv(tA, m, n, alpha, a, lda, x, incX, beta, y, incY)
}
func (b native) Sger(m, n int, alpha float32, x []float32, incX int, y []float32, incY int, a []float32, lda int) {
	if m == 0 || n == 0 {
		return
	}
	if incX < 0 || incY < 0 {
		// gonum v0.17.0's amd64 assembly for Dger and Sger walks a negative
		// increment as a huge unsigned stride, reading outside y (found by
		// TestNativeAgainstStrict); the portable kernel is used instead.
		ger(m, n, alpha, x, incX, y, incY, a, lda)
		return
	}
	b.f32.Sger(m, n, alpha, x, incX, y, incY, a, lda)
}
func (b native) Sgemm(tA, tB Transpose, m, n, k int, alpha float32, a []float32, lda int, bm []float32, ldb int, beta float32, c []float32, ldc int) {
	if m == 0 || n == 0 {
		return
	}
	if k == 0 || alpha == 0 {
		for i := 0; i < m; i++ {
			scaleOnly(n, beta, c[i*ldc:i*ldc+n], 1)
		}
		return
	}
	b.f32.Sgemm(tA, tB, m, n, k, alpha, a, lda, bm, ldb, beta, c, ldc)
}

// absInc: gonum rejects a negative increment in the one-vector functions
// (nrm2, asum, scal); the element set is the same either way, so the strided
// walk is taken forwards.
func absInc(inc int) int {
	if inc < 0 {
		return -inc
	}
	return inc
}
