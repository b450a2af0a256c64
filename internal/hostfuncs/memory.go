package hostfuncs

import (
	"github.com/tetratelabs/wazero/api"
)

// guestBytes returns a write-through view of guest memory [ptr, ptr+n), or
// traps with abi_violation naming the call and argument. The view is valid
// only until the guest next runs (memory may grow and move): never keep it.
func guestBytes(mod api.Module, call, arg string, ptr, n uint32) []byte {
	mem := mod.Memory()
	if mem == nil {
		violation("%s: module has no memory", call)
	}
	end := uint64(ptr) + uint64(n)
	if end > 1<<32 {
		violation("%s: %s [%#x, +%d) wraps past 4 GiB", call, arg, ptr, n)
	}
	if end > uint64(mem.Size()) {
		violation("%s: %s [%#x, %#x) is outside memory of %d bytes", call, arg, ptr, end, mem.Size())
	}
	b, ok := mem.Read(ptr, n)
	if !ok {
		violation("%s: %s [%#x, %#x) is outside memory", call, arg, ptr, end)
	}
	return b
}

// aligned traps unless ptr is a multiple of size.
func aligned(call, arg string, ptr uint32, size int) {
	if size > 1 && ptr%uint32(size) != 0 {
		violation("%s: %s %#x is not aligned to %d bytes", call, arg, ptr, size)
	}
}

// guestName reads and checks a tensor name argument.
func guestName(mod api.Module, call string, ptr, n uint32) string {
	if n == 0 || n > maxNameLen {
		violation("%s: name length %d: want 1..%d", call, n, maxNameLen)
	}
	return string(guestBytes(mod, call, "name", ptr, n))
}
