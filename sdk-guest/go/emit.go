package dml

import (
	"fmt"
	"unsafe"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/sdk-guest/go/internal/host"
)

// EmitOutput emits the output name with that shape; the dtype follows T
// (float64 is f64, float32 is f32, ...). len(data) must equal the product of
// shape. The host copies the data, so data may be reused afterwards.
func EmitOutput[T Elem](name string, shape []int64, data []T) error {
	return emit(abi.EmitOutput, name, shape, data)
}

// EmitDelta emits the weight delta name (new weights minus the model's), as
// EmitOutput does. Deltas are what federated rounds aggregate.
func EmitDelta[T Elem](name string, shape []int64, data []T) error {
	return emit(abi.EmitDelta, name, shape, data)
}

func emit[T Elem](kind abi.EmitKind, name string, shape []int64, data []T) error {
	what := kind.String()
	if err := checkName(name); err != nil {
		return err
	}
	if len(shape) > abi.MaxRank {
		return fmt.Errorf("dml: emit %s %q: rank %d exceeds the ABI's %d: %w", what, name, len(shape), abi.MaxRank, ErrInvalid)
	}
	dtype := dtypeOf[T]()
	size, err := abi.ByteSize(dtype, shape)
	if err != nil {
		return fmt.Errorf("dml: emit %s %q: %v: %w", what, name, err, ErrInvalid)
	}
	if want := size / uint64(dtype.Size()); want != uint64(len(data)) {
		return fmt.Errorf("dml: emit %s %q: shape %v holds %d elements, data has %d: %w", what, name, shape, want, len(data), ErrSize)
	}
	st := host.Emit(int32(kind), name, int32(dtype), shape, unsafe.Pointer(unsafe.SliceData(data)), uint32(size))
	if st != abi.OK {
		return hostError("emit", what, name, st)
	}
	return nil
}
