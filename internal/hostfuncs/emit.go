package hostfuncs

import (
	"context"
	"encoding/binary"

	"github.com/tetratelabs/wazero/api"

	"github.com/decentralized-ml/dml/abi"
)

// emit: (kind, name_ptr, name_len, dtype, dims_ptr, rank, data_ptr, data_len) -> status.
// Arguments are checked first (violations trap), then the manifest's
// declarations in the order of ABI.md: not declared, dtype, size, duplicate, cap.
func emit(ctx context.Context, mod api.Module, stack []uint64) {
	s := session(ctx)
	dataPtr, dataLen := uint32(stack[6]), uint32(stack[7])
	s.charge(s.costBytes(uint64(dataLen)))

	kind := abi.EmitKind(api.DecodeI32(stack[0]))
	if kind != abi.EmitOutput && kind != abi.EmitDelta {
		violation("emit: kind %d: want %d (output) or %d (delta)", int32(kind), abi.EmitOutput, abi.EmitDelta)
	}
	name := guestName(mod, "emit", uint32(stack[1]), uint32(stack[2]))
	dtype := abi.DType(api.DecodeI32(stack[3]))
	if !dtype.Valid() {
		violation("emit %s: invalid dtype code %d", name, int32(dtype))
	}
	rank := uint32(stack[5])
	if rank > abi.MaxRank {
		violation("emit %s: rank %d exceeds %d", name, rank, abi.MaxRank)
	}
	dimBytes := guestBytes(mod, "emit", "dims", uint32(stack[4]), 8*rank)
	shape := make([]int64, rank)
	for i := range shape {
		shape[i] = int64(binary.LittleEndian.Uint64(dimBytes[8*i:]))
		if shape[i] < 0 {
			violation("emit %s: dim %d is negative (%d)", name, i, shape[i])
		}
	}
	aligned("emit", "data", dataPtr, dtype.Size())
	data := guestBytes(mod, "emit", "data", dataPtr, dataLen)

	limit := uint64(0)
	if s.manifest != nil {
		spec, ok := s.manifest.Emit(kind, name)
		if !ok {
			stack[0] = api.EncodeI32(abi.ErrUndeclared)
			return
		}
		if want, _ := abi.ParseDType(spec.DType); want != dtype {
			stack[0] = api.EncodeI32(abi.ErrDType)
			return
		}
		limit = spec.MaxBytes
	}
	if size, err := abi.ByteSize(dtype, shape); err != nil || size != uint64(dataLen) {
		stack[0] = api.EncodeI32(abi.ErrSize)
		return
	}
	key := emitKey{kind, name}
	if _, dup := s.emitted[key]; dup {
		stack[0] = api.EncodeI32(abi.ErrDuplicate)
		return
	}
	if s.manifest == nil {
		if s.total+uint64(dataLen) > DevOutputCap {
			stack[0] = api.EncodeI32(abi.ErrOverCap)
			return
		}
	} else if uint64(dataLen) > limit {
		stack[0] = api.EncodeI32(abi.ErrOverCap)
		return
	}
	s.total += uint64(dataLen)
	s.emitted[key] = abi.Tensor{Name: name, DType: dtype, Shape: shape, Data: append([]byte(nil), data...)}
	stack[0] = api.EncodeI32(abi.OK)
}
