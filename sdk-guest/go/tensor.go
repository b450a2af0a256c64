package dml

import (
	"fmt"
	"math"
	"unsafe"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/sdk-guest/go/internal/host"
)

// Tensor is an input or model tensor read from the host. Its data lives in a
// Go slice of the element type, filled by the host in place (no copy).
type Tensor struct {
	Name  string
	DType abi.DType
	Shape []int64
	what  string // input or model, for error messages
	data  any    // []float64, []float32, []int64, []int32 or []uint8
}

// Len is the number of elements.
func (t Tensor) Len() int {
	n := 1
	for _, d := range t.Shape {
		n *= int(d)
	}
	return n
}

// Float64s returns the data of an f64 tensor.
func (t Tensor) Float64s() ([]float64, error) { return Data[float64](t) }

// Float32s returns the data of an f32 tensor.
func (t Tensor) Float32s() ([]float32, error) { return Data[float32](t) }

// Data returns the data of t as []T; T must match t.DType (float64 for f64,
// float32 for f32, int64, int32, uint8), else the error wraps ErrDType.
// The slice is t's own, not a copy.
func Data[T Elem](t Tensor) ([]T, error) {
	if s, ok := t.data.([]T); ok {
		return s, nil
	}
	return nil, fmt.Errorf("dml: %s %q is %s, not %s: read it with dml.Data[%s]: %w",
		t.what, t.Name, t.DType, dtypeOf[T](), goType(t.DType), ErrDType)
}

func goType(d abi.DType) string {
	switch d {
	case abi.F64:
		return "float64"
	case abi.F32:
		return "float32"
	case abi.I64:
		return "int64"
	case abi.I32:
		return "int32"
	}
	return "uint8"
}

// Input reads the input tensor name.
func Input(name string) (Tensor, error) { return read(abi.KindInput, "input", name) }

// Model reads the model tensor name (weights of the job's model).
func Model(name string) (Tensor, error) { return read(abi.KindModel, "model", name) }

// HasInput reports whether the job has an input named name.
func HasInput(name string) bool { return has(abi.KindInput, name) }

// HasModel reports whether the job's model has a tensor named name; model
// weights are optional (a first training round has none).
func HasModel(name string) bool { return has(abi.KindModel, name) }

// InputFloat64 reads an f64 input and returns its data and shape.
func InputFloat64(name string) ([]float64, []int64, error) {
	return float64s(Input(name))
}

// ModelFloat64 reads an f64 model tensor and returns its data and shape.
func ModelFloat64(name string) ([]float64, []int64, error) {
	return float64s(Model(name))
}

func float64s(t Tensor, err error) ([]float64, []int64, error) {
	if err != nil {
		return nil, nil, err
	}
	s, err := t.Float64s()
	if err != nil {
		return nil, nil, err
	}
	return s, t.Shape, nil
}

func has(kind int32, name string) bool {
	if checkName(name) != nil {
		return false
	}
	var info host.Info
	return host.TensorInfo(kind, name, &info) == abi.OK
}

func checkName(name string) error {
	if name == "" || len(name) > abi.MaxNameLen {
		return fmt.Errorf("dml: tensor name %q: must be 1..%d bytes: %w", name, abi.MaxNameLen, ErrInvalid)
	}
	return nil
}

func read(kind int32, what, name string) (Tensor, error) {
	if err := checkName(name); err != nil {
		return Tensor{}, err
	}
	var info host.Info
	if st := host.TensorInfo(kind, name, &info); st != abi.OK {
		return Tensor{}, hostError("tensor_info", what, name, st)
	}
	dtype := abi.DType(info.DType)
	if !dtype.Valid() || info.Rank < 0 || info.Rank > abi.MaxRank {
		return Tensor{}, fmt.Errorf("dml: tensor_info %s %q: host answered %s of rank %d: %w", what, name, dtype, info.Rank, ErrInvalid)
	}
	shape := append([]int64{}, info.Dims[:info.Rank]...)
	size, err := abi.ByteSize(dtype, shape)
	if err != nil {
		return Tensor{}, fmt.Errorf("dml: tensor_info %s %q: %v: %w", what, name, err, ErrInvalid)
	}
	if size > math.MaxUint32 {
		return Tensor{}, fmt.Errorf("dml: %s %q: %d bytes do not fit in 32-bit wasm memory: %w", what, name, size, ErrSize)
	}
	n := int(size) / dtype.Size()
	var data any
	var ptr unsafe.Pointer
	switch dtype {
	case abi.F64:
		data, ptr = alloc[float64](n)
	case abi.F32:
		data, ptr = alloc[float32](n)
	case abi.I64:
		data, ptr = alloc[int64](n)
	case abi.I32:
		data, ptr = alloc[int32](n)
	default:
		data, ptr = alloc[uint8](n)
	}
	if st := host.TensorRead(kind, name, ptr, uint32(size)); st != abi.OK {
		return Tensor{}, hostError("tensor_read", what, name, st)
	}
	return Tensor{Name: name, DType: dtype, Shape: shape, what: what, data: data}, nil
}
