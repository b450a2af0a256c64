package engine

import (
	"testing"
	"time"
)

// BenchmarkMemoryAllocator is what a run pays for its linear memory: one
// page allocated, touched and freed, reserved (the engine's allocator)
// against the Go heap.
func BenchmarkMemoryAllocator(b *testing.B) {
	for _, c := range []struct {
		name  string
		alloc func() interface {
			Reallocate(uint64) []byte
			Free()
		}
	}{
		{"reserved", func() interface {
			Reallocate(uint64) []byte
			Free()
		} {
			return memoryAllocator(1<<30).Allocate(wasmPage, 1<<32)
		}},
		{"heap", func() interface {
			Reallocate(uint64) []byte
			Free()
		} {
			return &heapMemory{limit: 1 << 30}
		}},
	} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				m := c.alloc()
				buf := m.Reallocate(wasmPage)
				buf[0], buf[wasmPage-1] = 1, 1
				m.Free()
			}
		})
	}
}

// BenchmarkRunBound is the cost of the wall-clock bound around a run: a
// goroutine, a channel and a timer, around a call that does nothing.
func BenchmarkRunBound(b *testing.B) {
	b.Run("bounded", func(b *testing.B) {
		for b.Loop() {
			done := make(chan outcome, 1)
			go func() { done <- outcome{} }()
			timer := time.NewTimer(time.Minute)
			<-done
			timer.Stop()
		}
	})
	b.Run("direct", func(b *testing.B) {
		f := func() outcome { return outcome{} }
		for b.Loop() {
			_ = f()
		}
	})
}
