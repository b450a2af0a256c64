// Package blas holds the host's BLAS backends: the subset of BLAS that the
// dml imports expose (abi.Imports), on plain Go slices with gonum's argument
// conventions (row-major matrices, negative increments as reference BLAS).
//
// Two backends exist. Strict, the default, gives the same bits on every
// CPU architecture and at any GOMAXPROCS: each function has one fixed order
// of operations (documented on the function), every product is rounded
// before it is added (no fused multiply-add), and parallel splits never change
// which operations feed an output element. Fast is gonum's native
// implementation, whose bits depend on the architecture; with the build tag
// openblas a third backend, "openblas", runs OpenBLAS.
//
// Backends trust their arguments: the caller (hostfuncs) checks shapes,
// increments, leading dimensions and extents, and makes sure no output
// overlaps an input. A bad argument here is a programming error and panics.
package blas

import (
	"errors"
	"fmt"
	"runtime"
	"sort"

	gblas "gonum.org/v1/gonum/blas"
)

// Transpose says whether a matrix operand is used as stored or transposed.
type Transpose = gblas.Transpose

// Transpose values (gonum's).
const (
	NoTrans = gblas.NoTrans
	Trans   = gblas.Trans
)

// Backend is the BLAS subset of the dml imports, in float64 and float32.
// Vectors use increments as reference BLAS: element i of a vector of length
// n is x[i*inc] for inc > 0 and x[(n-1-i)*(-inc)] for inc < 0. Matrices are
// row-major: element (i, j) of a is a[i*lda+j]. Idamax and Isamax return a
// 0-based index, or -1 when n = 0.
type Backend interface {
	// Name is the backend's name as ByName takes it.
	Name() string
	// Class is the determinism class a receipt records: "strict" for
	// results that are the same bits everywhere, otherwise the name and the
	// GOARCH, e.g. "fast/amd64".
	Class() string

	Ddot(n int, x []float64, incX int, y []float64, incY int) float64
	Dnrm2(n int, x []float64, incX int) float64
	Dasum(n int, x []float64, incX int) float64
	Idamax(n int, x []float64, incX int) int
	Daxpy(n int, alpha float64, x []float64, incX int, y []float64, incY int)
	Dscal(n int, alpha float64, x []float64, incX int)
	Dcopy(n int, x []float64, incX int, y []float64, incY int)
	Dgemv(tA Transpose, m, n int, alpha float64, a []float64, lda int, x []float64, incX int, beta float64, y []float64, incY int)
	Dger(m, n int, alpha float64, x []float64, incX int, y []float64, incY int, a []float64, lda int)
	Dgemm(tA, tB Transpose, m, n, k int, alpha float64, a []float64, lda int, b []float64, ldb int, beta float64, c []float64, ldc int)

	Sdot(n int, x []float32, incX int, y []float32, incY int) float32
	Snrm2(n int, x []float32, incX int) float32
	Sasum(n int, x []float32, incX int) float32
	Isamax(n int, x []float32, incX int) int
	Saxpy(n int, alpha float32, x []float32, incX int, y []float32, incY int)
	Sscal(n int, alpha float32, x []float32, incX int)
	Scopy(n int, x []float32, incX int, y []float32, incY int)
	Sgemv(tA Transpose, m, n int, alpha float32, a []float32, lda int, x []float32, incX int, beta float32, y []float32, incY int)
	Sger(m, n int, alpha float32, x []float32, incX int, y []float32, incY int, a []float32, lda int)
	Sgemm(tA, tB Transpose, m, n, k int, alpha float32, a []float32, lda int, b []float32, ldb int, beta float32, c []float32, ldc int)
}

// Backend names.
const (
	NameStrict = "strict"
	NameFast   = "fast"
)

// ErrUnknownBackend is returned by ByName for a name no backend has.
var ErrUnknownBackend = errors.New("unknown BLAS backend")

var (
	defaultBackend = Strict()
	backends       = map[string]Backend{
		NameStrict: defaultBackend,
		NameFast:   Fast(),
	}
)

// Default is the backend a run uses unless told otherwise: Strict.
func Default() Backend { return defaultBackend }

// ByName returns the backend called name ("strict", "fast", and "openblas"
// in builds with the openblas tag). The empty name selects Default.
func ByName(name string) (Backend, error) {
	if name == "" {
		return Default(), nil
	}
	if b, ok := backends[name]; ok {
		return b, nil
	}
	return nil, fmt.Errorf("%w %q: want one of %v", ErrUnknownBackend, name, Names())
}

// Names lists the backends of this build, sorted.
func Names() []string {
	out := make([]string, 0, len(backends))
	for n := range backends {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// archClass is the determinism class of a backend whose bits depend on the CPU.
func archClass(name string) string { return name + "/" + runtime.GOARCH }
