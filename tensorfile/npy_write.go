package tensorfile

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"os"
	"strings"

	"github.com/decentralized-ml/dml/abi"
)

// npyDescr is the descr Save writes for each ABI dtype.
var npyDescr = map[abi.DType]string{
	abi.F64: "<f8", abi.F32: "<f4", abi.I64: "<i8", abi.I32: "<i4", abi.U8: "|u1",
}

// npyHeader encodes the NPY preamble and header dictionary exactly as
// numpy.save does: padded with spaces and a newline so that the data starts
// at a multiple of 64 bytes; version 1.0 unless the header needs 2.0.
func npyHeader(dt abi.DType, shape []int64) []byte {
	dict := fmt.Sprintf("{'descr': '%s', 'fortran_order': False, 'shape': %s, }", npyDescr[dt], shapeText(shape))
	for _, v := range []struct {
		major   byte
		lenSize int
	}{{1, 2}, {2, 4}} {
		pre := 6 + 2 + v.lenSize
		pad := 64 - (pre+len(dict)+1)%64
		if pad == 64 {
			pad = 0
		}
		n := len(dict) + pad + 1
		if v.major == 1 && n > 0xffff {
			continue
		}
		b := make([]byte, 0, pre+n)
		b = append(b, "\x93NUMPY"...)
		b = append(b, v.major, 0)
		if v.lenSize == 2 {
			b = binary.LittleEndian.AppendUint16(b, uint16(n))
		} else {
			b = binary.LittleEndian.AppendUint32(b, uint32(n))
		}
		b = append(b, dict...)
		b = append(b, strings.Repeat(" ", pad)...)
		return append(b, '\n')
	}
	panic("unreachable: a header of rank ≤ MaxRank always fits NPY 2.0")
}

func writeNPY(f *os.File, t *abi.Tensor) error {
	return buffered(f, func(w *bufio.Writer) error {
		if _, err := w.Write(npyHeader(t.DType, t.Shape)); err != nil {
			return err
		}
		_, err := w.Write(t.Data)
		return err
	})
}
