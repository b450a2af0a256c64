//go:build amd64 && !noasm

package kernel

import "golang.org/x/sys/cpu"

// HasAVX2 reports whether the AVX2 kernels can run on this CPU.
var HasAVX2 = cpu.X86.HasAVX2

//go:noescape
func avx2x64(kc int, a, b, acc *float64, load bool)

//go:noescape
func avx2x32(kc int, a, b, acc *float32, load bool)

// AVX2x64 accumulates a 4×8 float64 tile: a holds kc·4 packed A values,
// b kc·8 packed B values, acc the 32 accumulators (row-major). With load
// false the accumulators start at +0.
func AVX2x64(kc int, a, b, acc []float64, load bool) {
	_, _, _ = a[kc*4-1], b[kc*8-1], acc[31]
	avx2x64(kc, &a[0], &b[0], &acc[0], load)
}

// AVX2x32 accumulates a 4×16 float32 tile, as AVX2x64.
func AVX2x32(kc int, a, b, acc []float32, load bool) {
	_, _, _ = a[kc*4-1], b[kc*16-1], acc[63]
	avx2x32(kc, &a[0], &b[0], &acc[0], load)
}
