package hostfuncs

import (
	"context"
	"encoding/binary"

	"github.com/tetratelabs/wazero/api"

	"github.com/decentralized-ml/dml/abi"
)

func (s *Session) tensor(call string, kind int32, name string) *abi.Tensor {
	switch kind {
	case abi.KindInput:
		return s.inputs[name]
	case abi.KindModel:
		return s.models[name]
	}
	violation("%s: kind %d: want %d (input) or %d (model)", call, kind, abi.KindInput, abi.KindModel)
	return nil
}

// tensorInfo: (kind, name_ptr, name_len, info_ptr) -> status.
// Writes dtype i32, rank i32, dims i64×rank at info_ptr.
func tensorInfo(ctx context.Context, mod api.Module, stack []uint64) {
	s := session(ctx)
	s.charge(s.costs.Call)
	kind := api.DecodeI32(stack[0])
	name := guestName(mod, "tensor_info", uint32(stack[1]), uint32(stack[2]))
	t := s.tensor("tensor_info", kind, name)
	if t == nil {
		stack[0] = api.EncodeI32(abi.ErrNotFound)
		return
	}
	out := guestBytes(mod, "tensor_info", "info", uint32(stack[3]), uint32(8+8*len(t.Shape)))
	binary.LittleEndian.PutUint32(out[0:], uint32(t.DType))
	binary.LittleEndian.PutUint32(out[4:], uint32(len(t.Shape)))
	for i, d := range t.Shape {
		binary.LittleEndian.PutUint64(out[8+8*i:], uint64(d))
	}
	stack[0] = api.EncodeI32(abi.OK)
}

// tensorRead: (kind, name_ptr, name_len, dst_ptr, dst_len) -> status, with
// the checks in the order of ABI.md §3.2. Copies the tensor's bytes straight into guest memory: one memmove, no
// intermediate buffer.
func tensorRead(ctx context.Context, mod api.Module, stack []uint64) {
	s := session(ctx)
	dst, n := uint32(stack[3]), uint32(stack[4])
	s.charge(s.costBytes(uint64(n)))
	kind := api.DecodeI32(stack[0])
	name := guestName(mod, "tensor_read", uint32(stack[1]), uint32(stack[2]))
	t := s.tensor("tensor_read", kind, name)
	view := guestBytes(mod, "tensor_read", "dst", dst, n)
	switch {
	case t == nil:
		stack[0] = api.EncodeI32(abi.ErrNotFound)
	case uint64(n) != uint64(len(t.Data)):
		stack[0] = api.EncodeI32(abi.ErrSize)
	default:
		aligned("tensor_read", "dst", dst, t.DType.Size())
		copy(view, t.Data)
		stack[0] = api.EncodeI32(abi.OK)
	}
}
