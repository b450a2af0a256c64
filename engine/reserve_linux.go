package engine

import "syscall"

// reservedMemory is linear memory in an address range reserved up front
// for its largest size: growing only makes more of it accessible, so a run
// that grows page by page never copies, and pages it never touches take
// no physical memory.
type reservedMemory struct {
	buf       []byte // the whole reservation
	committed uint64 // bytes readable and writable from the start
}

// reserve maps size bytes of inaccessible address space, or returns nil.
func reserve(size uint64) *reservedMemory {
	if size == 0 {
		return nil
	}
	buf, err := syscall.Mmap(-1, 0, int(size), syscall.PROT_NONE, syscall.MAP_PRIVATE|syscall.MAP_ANON|syscall.MAP_NORESERVE)
	if err != nil {
		return nil
	}
	return &reservedMemory{buf: buf}
}

func (m *reservedMemory) Reallocate(size uint64) []byte {
	if size > uint64(len(m.buf)) {
		return nil
	}
	if size > m.committed {
		if err := syscall.Mprotect(m.buf[m.committed:size], syscall.PROT_READ|syscall.PROT_WRITE); err != nil {
			return nil
		}
		m.committed = size
	}
	return m.buf[:size:size]
}

func (m *reservedMemory) Free() {
	if m.buf != nil {
		syscall.Munmap(m.buf)
		m.buf = nil
	}
}
