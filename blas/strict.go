package blas

// strict is the bit-reproducible backend; each method's order of operations
// is documented on the generic kernel it calls.
type strict struct {
	k64 microKernel[float64]
	k32 microKernel[float32]
}

// Strict returns the bit-reproducible backend: the same bits on amd64 and
// arm64, with or without assembly, at any GOMAXPROCS. It uses the AVX2
// micro-kernels where the CPU has them.
func Strict() Backend {
	k64, k32 := kernels()
	return strict{k64, k32}
}

// strictPortable is Strict without assembly, for tests that compare the two.
func strictPortable() Backend { return strict{goKernel64, goKernel32} }

func (strict) Name() string  { return NameStrict }
func (strict) Class() string { return NameStrict }

func (strict) Ddot(n int, x []float64, incX int, y []float64, incY int) float64 {
	return dot(n, x, incX, y, incY)
}
func (strict) Dnrm2(n int, x []float64, incX int) float64 { return nrm2(n, x, incX) }
func (strict) Dasum(n int, x []float64, incX int) float64 { return asum(n, x, incX) }
func (strict) Idamax(n int, x []float64, incX int) int    { return iamax(n, x, incX) }
func (strict) Daxpy(n int, alpha float64, x []float64, incX int, y []float64, incY int) {
	axpy(n, alpha, x, incX, y, incY)
}
func (strict) Dscal(n int, alpha float64, x []float64, incX int) { scal(n, alpha, x, incX) }
func (strict) Dcopy(n int, x []float64, incX int, y []float64, incY int) {
	copyVec(n, x, incX, y, incY)
}
func (strict) Dgemv(tA Transpose, m, n int, alpha float64, a []float64, lda int, x []float64, incX int, beta float64, y []float64, incY int) {
	gemv(isTrans(tA), m, n, alpha, a, lda, x, incX, beta, y, incY)
}
func (strict) Dger(m, n int, alpha float64, x []float64, incX int, y []float64, incY int, a []float64, lda int) {
	ger(m, n, alpha, x, incX, y, incY, a, lda)
}
func (s strict) Dgemm(tA, tB Transpose, m, n, k int, alpha float64, a []float64, lda int, b []float64, ldb int, beta float64, c []float64, ldc int) {
	gemm(isTrans(tA), isTrans(tB), m, n, k, alpha, a, lda, b, ldb, beta, c, ldc, s.k64)
}

func (strict) Sdot(n int, x []float32, incX int, y []float32, incY int) float32 {
	return dot(n, x, incX, y, incY)
}
func (strict) Snrm2(n int, x []float32, incX int) float32 { return nrm2(n, x, incX) }
func (strict) Sasum(n int, x []float32, incX int) float32 { return asum(n, x, incX) }
func (strict) Isamax(n int, x []float32, incX int) int    { return iamax(n, x, incX) }
func (strict) Saxpy(n int, alpha float32, x []float32, incX int, y []float32, incY int) {
	axpy(n, alpha, x, incX, y, incY)
}
func (strict) Sscal(n int, alpha float32, x []float32, incX int) { scal(n, alpha, x, incX) }
func (strict) Scopy(n int, x []float32, incX int, y []float32, incY int) {
	copyVec(n, x, incX, y, incY)
}
func (strict) Sgemv(tA Transpose, m, n int, alpha float32, a []float32, lda int, x []float32, incX int, beta float32, y []float32, incY int) {
	gemv(isTrans(tA), m, n, alpha, a, lda, x, incX, beta, y, incY)
}
func (strict) Sger(m, n int, alpha float32, x []float32, incX int, y []float32, incY int, a []float32, lda int) {
	ger(m, n, alpha, x, incX, y, incY, a, lda)
}
func (s strict) Sgemm(tA, tB Transpose, m, n, k int, alpha float32, a []float32, lda int, b []float32, ldb int, beta float32, c []float32, ldc int) {
	gemm(isTrans(tA), isTrans(tB), m, n, k, alpha, a, lda, b, ldb, beta, c, ldc, s.k32)
}

// isTrans maps a Transpose to a bool, panicking on anything but NoTrans and
// Trans (the host checks trans codes before calling).
func isTrans(t Transpose) bool {
	switch t {
	case NoTrans:
		return false
	case Trans:
		return true
	}
	panic("blas: transpose must be NoTrans or Trans")
}
