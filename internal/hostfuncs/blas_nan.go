package hostfuncs

import (
	"math"

	"github.com/decentralized-ml/dml/abi"
)

// A BLAS call writes results into guest memory, where the guest may read
// their bits as integers without passing an instrumented canonicalisation
// point (abi/NAN.md). A NaN's sign and payload differ between
// CPUs (0·∞ is 0xfff8… on amd64, 0x7ff8… on arm64), so every element a call
// wrote is canonicalised: the canonical NaN, like the instrumenter's.

// canonicalVector canonicalises the n elements of a strided vector view
// (the view starts at its lowest element, whatever the sign of inc).
func canonicalVector[T element](v []T, n, inc int) {
	if inc < 0 {
		inc = -inc
	}
	for i := 0; i < n; i++ {
		canonical(&v[i*inc])
	}
}

// canonicalMatrix canonicalises the rows×cols elements of a row-major view
// with leading dimension ld.
func canonicalMatrix[T element](a []T, rows, cols, ld int) {
	if cols == 0 {
		return
	}
	for r := 0; r < rows; r++ {
		row := a[r*ld : r*ld+cols]
		for j := range row {
			canonical(&row[j])
		}
	}
}

func canonical[T element](x *T) {
	if *x == *x {
		return
	}
	switch p := any(x).(type) {
	case *float64:
		*p = nan64
	case *float32:
		*p = nan32
	}
}

var (
	nan64 = math.Float64frombits(abi.CanonicalNaN64)
	nan32 = math.Float32frombits(abi.CanonicalNaN32)
)
