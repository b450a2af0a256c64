package tensorfile

import (
	"bytes"
	"testing"
)

// TestFortranToC compares the odometer against a direct index computation.
func TestFortranToC(t *testing.T) {
	for _, shape := range [][]int64{{}, {5}, {2, 3}, {3, 1}, {1, 4}, {2, 3, 4}, {3, 2, 1, 2}, {2, 0, 3}} {
		n := int64(1)
		for _, d := range shape {
			n *= d
		}
		for _, size := range []int{1, 4, 8} {
			src := make([]byte, n*int64(size))
			for i := range src {
				src[i] = byte(i*7 + 3)
			}
			want := make([]byte, len(src))
			idx := make([]int64, len(shape))
			for c := int64(0); c < n; c++ { // c is the C-order position of idx
				f, stride := int64(0), int64(1)
				for j := range shape {
					f += idx[j] * stride
					stride *= shape[j]
				}
				copy(want[c*int64(size):], src[f*int64(size):(f+1)*int64(size)])
				for j := len(shape) - 1; j >= 0; j-- {
					if idx[j]++; idx[j] < shape[j] {
						break
					}
					idx[j] = 0
				}
			}
			if got := fortranToC(src, shape, size); !bytes.Equal(got, want) {
				t.Errorf("shape %v size %d: got %v, want %v", shape, size, got, want)
			}
		}
	}
}
