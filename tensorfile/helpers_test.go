package tensorfile

import (
	"encoding/binary"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/decentralized-ml/dml/abi"
)

// writeFile writes content to a fresh file named base in a temp dir.
func writeFile(t *testing.T, base string, content []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), base)
	if err := os.WriteFile(p, content, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// le encodes values little-endian, each as the Go type it has.
func le(vals ...any) []byte {
	var b []byte
	for _, v := range vals {
		switch x := v.(type) {
		case float64:
			b = binary.LittleEndian.AppendUint64(b, math.Float64bits(x))
		case float32:
			b = binary.LittleEndian.AppendUint32(b, math.Float32bits(x))
		case int64:
			b = binary.LittleEndian.AppendUint64(b, uint64(x))
		case int32:
			b = binary.LittleEndian.AppendUint32(b, uint32(x))
		case uint8:
			b = append(b, x)
		default:
			panic("le: unsupported type")
		}
	}
	return b
}

func sameShape(a, b []int64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func tensor(dt abi.DType, shape []int64, data []byte) abi.Tensor {
	return abi.Tensor{Name: "x", DType: dt, Shape: shape, Data: data}
}
