package tensorfile

// fortranToC reorders column-major (Fortran) data of the given shape into
// row-major (C) order. Element (i0, …, ik) sits at Σ ij·∏_{l<j} shape[l] in
// Fortran order and at Σ ij·∏_{l>j} shape[l] in C order.
func fortranToC(data []byte, shape []int64, size int) []byte {
	if len(shape) < 2 || len(data) == 0 {
		return data
	}
	k := len(shape)
	fstride := make([]int64, k) // Fortran stride of each axis, in elements
	s := int64(1)
	for j := 0; j < k; j++ {
		fstride[j] = s
		s *= shape[j]
	}
	out := make([]byte, len(data))
	idx := make([]int64, k)
	src := int64(0)
	for dst := 0; dst < len(out); dst += size {
		copy(out[dst:dst+size], data[src*int64(size):(src+1)*int64(size)])
		for j := k - 1; j >= 0; j-- { // C-order odometer: last axis fastest
			idx[j]++
			src += fstride[j]
			if idx[j] < shape[j] {
				break
			}
			src -= idx[j] * fstride[j]
			idx[j] = 0
		}
	}
	return out
}
