//go:build wasip1 && !purewasm

package host

import "unsafe"

// The BLAS imports of module dml (ABI v1 §3.7). Arrays are pointers into
// this module's memory, read and written by the host in place. A build with
// the purewasm tag leaves them out: package dml then runs package refblas.

//go:wasmimport dml ddot
func Ddot(n int32, x unsafe.Pointer, incx int32, y unsafe.Pointer, incy int32) float64

//go:wasmimport dml dnrm2
func Dnrm2(n int32, x unsafe.Pointer, incx int32) float64

//go:wasmimport dml dasum
func Dasum(n int32, x unsafe.Pointer, incx int32) float64

//go:wasmimport dml idamax
func Idamax(n int32, x unsafe.Pointer, incx int32) int32

//go:wasmimport dml daxpy
func Daxpy(n int32, alpha float64, x unsafe.Pointer, incx int32, y unsafe.Pointer, incy int32)

//go:wasmimport dml dscal
func Dscal(n int32, alpha float64, x unsafe.Pointer, incx int32)

//go:wasmimport dml dcopy
func Dcopy(n int32, x unsafe.Pointer, incx int32, y unsafe.Pointer, incy int32)

//go:wasmimport dml dgemv
func Dgemv(trans, m, n int32, alpha float64, a unsafe.Pointer, lda int32, x unsafe.Pointer, incx int32, beta float64, y unsafe.Pointer, incy int32)

//go:wasmimport dml dger
func Dger(m, n int32, alpha float64, x unsafe.Pointer, incx int32, y unsafe.Pointer, incy int32, a unsafe.Pointer, lda int32)

//go:wasmimport dml dgemm
func Dgemm(transA, transB, m, n, k int32, alpha float64, a unsafe.Pointer, lda int32, b unsafe.Pointer, ldb int32, beta float64, c unsafe.Pointer, ldc int32)

//go:wasmimport dml sdot
func Sdot(n int32, x unsafe.Pointer, incx int32, y unsafe.Pointer, incy int32) float32

//go:wasmimport dml snrm2
func Snrm2(n int32, x unsafe.Pointer, incx int32) float32

//go:wasmimport dml sasum
func Sasum(n int32, x unsafe.Pointer, incx int32) float32

//go:wasmimport dml isamax
func Isamax(n int32, x unsafe.Pointer, incx int32) int32

//go:wasmimport dml saxpy
func Saxpy(n int32, alpha float32, x unsafe.Pointer, incx int32, y unsafe.Pointer, incy int32)

//go:wasmimport dml sscal
func Sscal(n int32, alpha float32, x unsafe.Pointer, incx int32)

//go:wasmimport dml scopy
func Scopy(n int32, x unsafe.Pointer, incx int32, y unsafe.Pointer, incy int32)

//go:wasmimport dml sgemv
func Sgemv(trans, m, n int32, alpha float32, a unsafe.Pointer, lda int32, x unsafe.Pointer, incx int32, beta float32, y unsafe.Pointer, incy int32)

//go:wasmimport dml sger
func Sger(m, n int32, alpha float32, x unsafe.Pointer, incx int32, y unsafe.Pointer, incy int32, a unsafe.Pointer, lda int32)

//go:wasmimport dml sgemm
func Sgemm(transA, transB, m, n, k int32, alpha float32, a unsafe.Pointer, lda int32, b unsafe.Pointer, ldb int32, beta float32, c unsafe.Pointer, ldc int32)
