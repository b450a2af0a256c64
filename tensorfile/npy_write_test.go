package tensorfile

import (
	"bytes"
	"encoding/binary"
	"testing"

	"github.com/decentralized-ml/dml/abi"
)

func TestNPYHeaderMatchesNumpy(t *testing.T) {
	tests := []struct {
		dt    abi.DType
		shape []int64
		dict  string
	}{
		{abi.F64, []int64{2}, "{'descr': '<f8', 'fortran_order': False, 'shape': (2,), }"},
		{abi.F64, nil, "{'descr': '<f8', 'fortran_order': False, 'shape': (), }"},
		{abi.U8, []int64{2, 2}, "{'descr': '|u1', 'fortran_order': False, 'shape': (2, 2), }"},
		{abi.I64, []int64{1, 1}, "{'descr': '<i8', 'fortran_order': False, 'shape': (1, 1), }"},
		{abi.F32, []int64{1}, "{'descr': '<f4', 'fortran_order': False, 'shape': (1,), }"},
	}
	for _, tc := range tests {
		if got, want := npyHeader(tc.dt, tc.shape), handNPY(tc.dict, nil); !bytes.Equal(got, want) {
			t.Errorf("%s %v:\n got %q\nwant %q", tc.dt, tc.shape, got, want)
		}
	}
}

// TestNPYHeaderAlignment: data starts at a multiple of 64, the length field
// is right, and the header ends with a newline, for every rank up to MaxRank.
func TestNPYHeaderAlignment(t *testing.T) {
	for rank := 0; rank <= abi.MaxRank; rank++ {
		for _, dim := range []int64{1, 1 << 40} {
			shape := make([]int64, rank)
			for i := range shape {
				shape[i] = dim
			}
			h := npyHeader(abi.I32, shape)
			if len(h)%64 != 0 || h[len(h)-1] != '\n' || h[6] != 1 || int(binary.LittleEndian.Uint16(h[8:]))+10 != len(h) {
				t.Errorf("rank %d dim %d: header %q (len %d)", rank, dim, h, len(h))
			}
		}
	}
}
