package hostfuncs

import (
	"context"

	"github.com/tetratelabs/wazero/api"
)

// params: (dst_ptr, dst_cap) -> length. Writes the params JSON only when it
// fits, so a guest may ask for the length first with a zero capacity.
func params(ctx context.Context, mod api.Module, stack []uint64) {
	s := session(ctx)
	dst, capacity := uint32(stack[0]), uint32(stack[1])
	n := uint32(len(s.params))
	if capacity >= n && n > 0 {
		s.charge(s.costBytes(uint64(n)))
		copy(guestBytes(mod, "params", "dst", dst, n), s.params)
	} else {
		s.charge(s.costs.Call)
	}
	stack[0] = api.EncodeI32(int32(n))
}
