package fake

import (
	"unsafe"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/sdk-guest/go/internal/refblas"
)

// The BLAS imports, natively. They check their arguments as ABI v1 §3.7
// asks of the host (counts, increments, leading dimensions, trans codes,
// alignment; memory bounds do not exist natively) and panic with a
// *Violation where the real host traps, then run package refblas on views
// of the caller's arrays. They need no active Host: BLAS is pure
// arithmetic, so an algorithm's numerical code can be tested without dmltest.

// Dot answers ddot and sdot.
func Dot[T refblas.Float](call string, n int32, x unsafe.Pointer, incx int32, y unsafe.Pointer, incy int32) T {
	checkCount(call, "n", n)
	xs := vector[T](call, "x", n, x, incx)
	ys := vector[T](call, "y", n, y, incy)
	return refblas.Dot(int(n), xs, int(incx), ys, int(incy))
}

// Nrm2 answers dnrm2 and snrm2.
func Nrm2[T refblas.Float](call string, n int32, x unsafe.Pointer, incx int32) T {
	checkCount(call, "n", n)
	return refblas.Nrm2(int(n), vector[T](call, "x", n, x, incx), int(incx))
}

// Asum answers dasum and sasum.
func Asum[T refblas.Float](call string, n int32, x unsafe.Pointer, incx int32) T {
	checkCount(call, "n", n)
	return refblas.Asum(int(n), vector[T](call, "x", n, x, incx), int(incx))
}

// Iamax answers idamax and isamax.
func Iamax[T refblas.Float](call string, n int32, x unsafe.Pointer, incx int32) int32 {
	checkCount(call, "n", n)
	return int32(refblas.Iamax(int(n), vector[T](call, "x", n, x, incx), int(incx)))
}

// Axpy answers daxpy and saxpy.
func Axpy[T refblas.Float](call string, n int32, alpha T, x unsafe.Pointer, incx int32, y unsafe.Pointer, incy int32) {
	checkCount(call, "n", n)
	xs := vector[T](call, "x", n, x, incx)
	ys := vector[T](call, "y", n, y, incy)
	refblas.Axpy(int(n), alpha, xs, int(incx), ys, int(incy))
}

// Scal answers dscal and sscal.
func Scal[T refblas.Float](call string, n int32, alpha T, x unsafe.Pointer, incx int32) {
	checkCount(call, "n", n)
	refblas.Scal(int(n), alpha, vector[T](call, "x", n, x, incx), int(incx))
}

// Copy answers dcopy and scopy.
func Copy[T refblas.Float](call string, n int32, x unsafe.Pointer, incx int32, y unsafe.Pointer, incy int32) {
	checkCount(call, "n", n)
	xs := vector[T](call, "x", n, x, incx)
	ys := vector[T](call, "y", n, y, incy)
	refblas.Copy(int(n), xs, int(incx), ys, int(incy))
}

// Gemv answers dgemv and sgemv.
func Gemv[T refblas.Float](call string, trans, m, n int32, alpha T, a unsafe.Pointer, lda int32, x unsafe.Pointer, incx int32, beta T, y unsafe.Pointer, incy int32) {
	t := checkTrans(call, "trans", trans)
	checkCount(call, "m", m)
	checkCount(call, "n", n)
	as := matrix[T](call, "a", m, n, a, lda)
	lenx, leny := n, m
	if t {
		lenx, leny = m, n
	}
	xs := vector[T](call, "x", lenx, x, incx)
	ys := vector[T](call, "y", leny, y, incy)
	refblas.Gemv(t, int(m), int(n), alpha, as, int(lda), xs, int(incx), beta, ys, int(incy))
}

// Ger answers dger and sger.
func Ger[T refblas.Float](call string, m, n int32, alpha T, x unsafe.Pointer, incx int32, y unsafe.Pointer, incy int32, a unsafe.Pointer, lda int32) {
	checkCount(call, "m", m)
	checkCount(call, "n", n)
	xs := vector[T](call, "x", m, x, incx)
	ys := vector[T](call, "y", n, y, incy)
	as := matrix[T](call, "a", m, n, a, lda)
	refblas.Ger(int(m), int(n), alpha, xs, int(incx), ys, int(incy), as, int(lda))
}

// Gemm answers dgemm and sgemm.
func Gemm[T refblas.Float](call string, transA, transB, m, n, k int32, alpha T, a unsafe.Pointer, lda int32, b unsafe.Pointer, ldb int32, beta T, c unsafe.Pointer, ldc int32) {
	ta := checkTrans(call, "transA", transA)
	tb := checkTrans(call, "transB", transB)
	checkCount(call, "m", m)
	checkCount(call, "n", n)
	checkCount(call, "k", k)
	ar, ac := m, k
	if ta {
		ar, ac = k, m
	}
	br, bc := k, n
	if tb {
		br, bc = n, k
	}
	as := matrix[T](call, "a", ar, ac, a, lda)
	bs := matrix[T](call, "b", br, bc, b, ldb)
	cs := matrix[T](call, "c", m, n, c, ldc)
	refblas.Gemm(ta, tb, int(m), int(n), int(k), alpha, as, int(lda), bs, int(ldb), beta, cs, int(ldc))
}

func checkCount(call, name string, v int32) {
	if v < 0 {
		violation("%s: %s = %d: must be >= 0", call, name, v)
	}
}

func checkTrans(call, name string, code int32) bool {
	switch code {
	case abi.NoTrans:
		return false
	case abi.Trans:
		return true
	}
	violation("%s: %s = %d: want %d (NoTrans) or %d (Trans)", call, name, code, abi.NoTrans, abi.Trans)
	return false
}

// vector is the view of n elements with increment inc at p.
func vector[T refblas.Float](call, name string, n int32, p unsafe.Pointer, inc int32) []T {
	if inc == 0 {
		violation("%s: inc%s = 0: must not be 0", call, name)
	}
	var zero T
	aligned(call, p, int(unsafe.Sizeof(zero)))
	if n == 0 {
		return nil
	}
	step := int(inc)
	if step < 0 {
		step = -step
	}
	return unsafe.Slice((*T)(p), 1+(int(n)-1)*step)
}

// matrix is the view of a rows×cols row-major matrix with leading
// dimension ld at p.
func matrix[T refblas.Float](call, name string, rows, cols int32, p unsafe.Pointer, ld int32) []T {
	if ld < max(1, cols) {
		violation("%s: ld%s = %d: must be >= max(1, %d)", call, name, ld, cols)
	}
	var zero T
	aligned(call, p, int(unsafe.Sizeof(zero)))
	if rows == 0 || cols == 0 {
		return nil
	}
	return unsafe.Slice((*T)(p), (int(rows)-1)*int(ld)+int(cols))
}
