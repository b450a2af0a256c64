//go:build openblas

package blas

// #cgo LDFLAGS: -lopenblas
import "C"

import "gonum.org/v1/netlib/blas/netlib"

// NameOpenBLAS is the backend of builds with the openblas tag: OpenBLAS
// (Debian libopenblas-dev) through gonum's netlib cgo binding. Its bits
// depend on the CPU and on OpenBLAS's thread count.
const NameOpenBLAS = "openblas"

// OpenBLAS returns the OpenBLAS backend.
func OpenBLAS() Backend {
	return native{NameOpenBLAS, netlib.Implementation{}, netlib.Implementation{}}
}

func init() { backends[NameOpenBLAS] = OpenBLAS() }
