package abi

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// Tensor is a named, typed, shaped array whose Data is little-endian.
type Tensor struct {
	Name  string
	DType DType
	Shape []int64
	Data  []byte
}

// Elements is the product of the shape (1 for a scalar of rank 0).
func (t *Tensor) Elements() int64 {
	n := int64(1)
	for _, d := range t.Shape {
		n *= d
	}
	return n
}

// Check verifies that the tensor is well formed: valid name, dtype and rank,
// non-negative dims, and a data length equal to elements × element size.
func (t *Tensor) Check() error {
	if t.Name == "" || len(t.Name) > MaxNameLen {
		return fmt.Errorf("tensor name %q: must be 1..%d bytes", t.Name, MaxNameLen)
	}
	if !t.DType.Valid() {
		return fmt.Errorf("tensor %s: invalid %s", t.Name, t.DType)
	}
	if len(t.Shape) > MaxRank {
		return fmt.Errorf("tensor %s: rank %d exceeds the maximum %d", t.Name, len(t.Shape), MaxRank)
	}
	size, err := ByteSize(t.DType, t.Shape)
	if err != nil {
		return fmt.Errorf("tensor %s: %w", t.Name, err)
	}
	if size != uint64(len(t.Data)) {
		return fmt.Errorf("tensor %s: shape %v of %s needs %d bytes, data has %d", t.Name, t.Shape, t.DType, size, len(t.Data))
	}
	return nil
}

// ErrShape is returned by ByteSize for a negative dim or an overflowing size.
var ErrShape = errors.New("invalid shape")

// ByteSize is the number of bytes of a tensor of that dtype and shape.
func ByteSize(d DType, shape []int64) (uint64, error) {
	n := uint64(d.Size())
	for _, dim := range shape {
		if dim < 0 {
			return 0, fmt.Errorf("%w: negative dim %d in %v", ErrShape, dim, shape)
		}
		if dim == 0 {
			n = 0
		}
	}
	for _, dim := range shape {
		if n != 0 && n > math.MaxInt64/uint64(dim) {
			return 0, fmt.Errorf("%w: %v overflows", ErrShape, shape)
		}
		n *= uint64(dim)
	}
	return n, nil
}

// Float64s views a copy of an f64 tensor's data as float64s.
func (t *Tensor) Float64s() []float64 {
	out := make([]float64, len(t.Data)/8)
	for i := range out {
		out[i] = math.Float64frombits(binary.LittleEndian.Uint64(t.Data[8*i:]))
	}
	return out
}

// FromFloat64s makes an f64 tensor.
func FromFloat64s(name string, shape []int64, v []float64) Tensor {
	b := make([]byte, 8*len(v))
	for i, x := range v {
		binary.LittleEndian.PutUint64(b[8*i:], math.Float64bits(x))
	}
	return Tensor{Name: name, DType: F64, Shape: append([]int64(nil), shape...), Data: b}
}
