//go:build !amd64 || noasm

package kernel

// HasAVX2 is false: this build has no assembly kernels.
var HasAVX2 = false

// AVX2x64 is never called when HasAVX2 is false.
func AVX2x64(kc int, a, b, acc []float64, load bool) { panic("kernel: no AVX2 in this build") }

// AVX2x32 is never called when HasAVX2 is false.
func AVX2x32(kc int, a, b, acc []float32, load bool) { panic("kernel: no AVX2 in this build") }
