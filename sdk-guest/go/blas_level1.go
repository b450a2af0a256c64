package dml

import "github.com/decentralized-ml/dml/sdk-guest/go/internal/refblas"

// Level 1 BLAS: vector operations. Each panics on invalid arguments (see
// blas_check.go), before any work.

// Ddot is Σ x[i]·y[i].
func Ddot(x, y Vector) float64 { return dot("Ddot", x.N, x.Inc, x.Data, y.N, y.Inc, y.Data) }

// Sdot is the float32 twin of Ddot.
func Sdot(x, y Vector32) float32 { return dot("Sdot", x.N, x.Inc, x.Data, y.N, y.Inc, y.Data) }

// Dnrm2 is the Euclidean norm of x.
func Dnrm2(x Vector) float64 { return nrm2("Dnrm2", x.N, x.Inc, x.Data) }

// Snrm2 is the float32 twin of Dnrm2.
func Snrm2(x Vector32) float32 { return nrm2("Snrm2", x.N, x.Inc, x.Data) }

// Dasum is Σ |x[i]|.
func Dasum(x Vector) float64 { return asum("Dasum", x.N, x.Inc, x.Data) }

// Sasum is the float32 twin of Dasum.
func Sasum(x Vector32) float32 { return asum("Sasum", x.N, x.Inc, x.Data) }

// Idamax is the 0-based index of the first element of largest |x[i]|, or −1
// when x.N is 0.
func Idamax(x Vector) int { return iamax("Idamax", x.N, x.Inc, x.Data) }

// Isamax is the float32 twin of Idamax.
func Isamax(x Vector32) int { return iamax("Isamax", x.N, x.Inc, x.Data) }

// Daxpy is y += alpha·x.
func Daxpy(alpha float64, x, y Vector) { axpy("Daxpy", alpha, x.N, x.Inc, x.Data, y.N, y.Inc, y.Data) }

// Saxpy is the float32 twin of Daxpy.
func Saxpy(alpha float32, x, y Vector32) {
	axpy("Saxpy", alpha, x.N, x.Inc, x.Data, y.N, y.Inc, y.Data)
}

// Dscal is x = alpha·x.
func Dscal(alpha float64, x Vector) { scal("Dscal", alpha, x.N, x.Inc, x.Data) }

// Sscal is the float32 twin of Dscal.
func Sscal(alpha float32, x Vector32) { scal("Sscal", alpha, x.N, x.Inc, x.Data) }

// Dcopy is y = x.
func Dcopy(x, y Vector) { copyVec("Dcopy", x.N, x.Inc, x.Data, y.N, y.Inc, y.Data) }

// Scopy is the float32 twin of Dcopy.
func Scopy(x, y Vector32) { copyVec("Scopy", x.N, x.Inc, x.Data, y.N, y.Inc, y.Data) }

func dot[T refblas.Float](call string, xn, xinc int, x []T, yn, yinc int, y []T) T {
	checkVector(call, "x", xn, xinc, x)
	checkVector(call, "y", yn, yinc, y)
	sameLen(call, "x.N", xn, "y.N", yn)
	return callDot(xn, x, xinc, y, yinc)
}

func nrm2[T refblas.Float](call string, n, inc int, x []T) T {
	checkVector(call, "x", n, inc, x)
	return callNrm2(n, x, inc)
}

func asum[T refblas.Float](call string, n, inc int, x []T) T {
	checkVector(call, "x", n, inc, x)
	return callAsum(n, x, inc)
}

func iamax[T refblas.Float](call string, n, inc int, x []T) int {
	checkVector(call, "x", n, inc, x)
	return callIamax(n, x, inc)
}

func axpy[T refblas.Float](call string, alpha T, xn, xinc int, x []T, yn, yinc int, y []T) {
	checkVector(call, "x", xn, xinc, x)
	checkVector(call, "y", yn, yinc, y)
	sameLen(call, "x.N", xn, "y.N", yn)
	callAxpy(xn, alpha, x, xinc, y, yinc)
}

func scal[T refblas.Float](call string, alpha T, n, inc int, x []T) {
	checkVector(call, "x", n, inc, x)
	callScal(n, alpha, x, inc)
}

func copyVec[T refblas.Float](call string, xn, xinc int, x []T, yn, yinc int, y []T) {
	checkVector(call, "x", xn, xinc, x)
	checkVector(call, "y", yn, yinc, y)
	sameLen(call, "x.N", xn, "y.N", yn)
	callCopy(xn, x, xinc, y, yinc)
}
