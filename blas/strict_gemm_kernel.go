package blas

import "github.com/decentralized-ml/dml/blas/internal/kernel"

// kernelGo4x8 is the portable micro-kernel, mr = 4, nr = 8: the reference
// for the assembly kernels, which must give the same bits.
func kernelGo4x8[T float](kc int, a, b, acc []T, load bool) {
	var c [32]T
	if load {
		copy(c[:], acc[:32])
	}
	a, b = a[:kc*4], b[:kc*8]
	for p := 0; p < kc; p++ {
		bb := b[p*8 : p*8+8 : p*8+8]
		b0, b1, b2, b3, b4, b5, b6, b7 := bb[0], bb[1], bb[2], bb[3], bb[4], bb[5], bb[6], bb[7]
		aa := a[p*4 : p*4+4 : p*4+4]
		for r := 0; r < 4; r++ {
			ar := aa[r]
			cr := c[r*8 : r*8+8 : r*8+8]
			cr[0] += T(ar * b0)
			cr[1] += T(ar * b1)
			cr[2] += T(ar * b2)
			cr[3] += T(ar * b3)
			cr[4] += T(ar * b4)
			cr[5] += T(ar * b5)
			cr[6] += T(ar * b6)
			cr[7] += T(ar * b7)
		}
	}
	copy(acc[:32], c[:])
}

// goKernel64 and goKernel32 are the portable kernels as microKernels.
var (
	goKernel64 = microKernel[float64]{mr: 4, nr: 8, run: kernelGo4x8[float64]}
	goKernel32 = microKernel[float32]{mr: 4, nr: 8, run: kernelGo4x8[float32]}
)

// hasAVX2 selects the assembly kernels of package kernel.
var hasAVX2 = kernel.HasAVX2

// kernels returns the micro-kernels of this CPU: AVX2 assembly where it
// runs, else the portable ones. Both give the same bits.
func kernels() (microKernel[float64], microKernel[float32]) {
	if hasAVX2 {
		return microKernel[float64]{mr: 4, nr: 8, run: kernel.AVX2x64},
			microKernel[float32]{mr: 4, nr: 16, run: kernel.AVX2x32}
	}
	return goKernel64, goKernel32
}
