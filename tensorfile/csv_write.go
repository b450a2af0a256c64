package tensorfile

import (
	"bufio"
	"encoding/binary"
	"math"
	"os"
	"strconv"

	"github.com/decentralized-ml/dml/abi"
)

// writeCSV writes a tensor of rank ≤ 2 as a table: rank 0 one cell, rank 1
// one cell per line, rank 2 one row per line. Floats are written in the
// shortest form that parses back to the same value.
func writeCSV(f *os.File, t *abi.Tensor) error {
	cols := int64(1)
	if len(t.Shape) == 2 {
		cols = t.Shape[1]
	}
	size := t.DType.Size()
	return buffered(f, func(w *bufio.Writer) error {
		var buf []byte
		for i := int64(0); i < t.Elements(); i++ {
			buf = buf[:0]
			if i%cols != 0 {
				buf = append(buf, ',')
			}
			buf = appendNumber(buf, t.DType, t.Data[i*int64(size):])
			if (i+1)%cols == 0 {
				buf = append(buf, '\n')
			}
			if _, err := w.Write(buf); err != nil {
				return err
			}
		}
		return nil
	})
}

// appendNumber formats the element at the start of b.
func appendNumber(out []byte, dt abi.DType, b []byte) []byte {
	switch dt {
	case abi.F64:
		return strconv.AppendFloat(out, math.Float64frombits(binary.LittleEndian.Uint64(b)), 'g', -1, 64)
	case abi.F32:
		return strconv.AppendFloat(out, float64(math.Float32frombits(binary.LittleEndian.Uint32(b))), 'g', -1, 32)
	case abi.I64:
		return strconv.AppendInt(out, int64(binary.LittleEndian.Uint64(b)), 10)
	case abi.I32:
		return strconv.AppendInt(out, int64(int32(binary.LittleEndian.Uint32(b))), 10)
	}
	return strconv.AppendUint(out, uint64(b[0]), 10)
}
