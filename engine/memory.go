package engine

import (
	"github.com/tetratelabs/wazero/experimental"

	"github.com/decentralized-ml/dml/internal/wasmbin"
)

// wasmPage is the size of a WebAssembly memory page.
const wasmPage = 65536

// memoryAllocator backs a run's linear memory. It never lets the memory
// grow past limit bytes (memory.grow then returns -1, the same on every
// engine), and where the platform allows (reserve.go) it reserves the
// address space once so that growing never copies.
func memoryAllocator(limit uint64) experimental.MemoryAllocator {
	return experimental.MemoryAllocatorFunc(func(_, max uint64) experimental.LinearMemory {
		size := min(max, limit)
		if m := reserve(size); m != nil {
			return m
		}
		return &heapMemory{limit: size}
	})
}

// heapMemory is linear memory on the Go heap: growing reallocates.
type heapMemory struct {
	buf   []byte
	limit uint64
}

func (m *heapMemory) Reallocate(size uint64) []byte {
	if size > m.limit {
		return nil
	}
	if size > uint64(cap(m.buf)) {
		grown := make([]byte, size, min(max(size, 2*uint64(cap(m.buf))), m.limit))
		copy(grown, m.buf)
		m.buf = grown
	}
	m.buf = m.buf[:size]
	return m.buf
}

func (m *heapMemory) Free() { m.buf = nil }

// declaredMemory is the linear memory a module has once instantiated, in
// pages: its own memory's minimum, or an imported one's.
func declaredMemory(m *wasmbin.Module) uint64 {
	for _, mem := range m.Memories {
		return mem.Min
	}
	for _, imp := range m.Imports {
		if imp.Memory != nil {
			return imp.Memory.Min
		}
	}
	return 0
}
