// Package kernel holds the assembly micro-kernels of the strict BLAS
// backend (kept apart because a package with Go assembly cannot use cgo,
// which the openblas build of package blas does). Each kernel accumulates a
// tile of C: for p in increasing order, acc[r][c] += round(a[p][r]·b[p][c]),
// with a separate multiply and add (never FMA), so its bits equal the
// portable Go kernel's.
package kernel
