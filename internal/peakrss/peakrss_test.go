package peakrss

import (
	"runtime"
	"testing"
)

// Touching 64 MiB shows as at least that much growth; nothing touched
// shows as little.
func TestGrowth(t *testing.T) {
	m := Start()
	if !m.ok {
		if runtime.GOOS == "linux" {
			t.Fatal("peak RSS cannot be reset on this Linux")
		}
		t.Skip("peak RSS is measured on Linux only")
	}
	buf := make([]byte, 64<<20)
	for i := 0; i < len(buf); i += 4096 {
		buf[i] = 1
	}
	g, ok := m.Growth()
	if !ok || g < 60<<20 {
		t.Fatalf("growth %d MiB after touching 64 MiB (ok %v)", g>>20, ok)
	}
	runtime.KeepAlive(buf)
	buf = nil
	runtime.GC()
	m = Start()
	if g, ok := m.Growth(); !ok || g > 16<<20 {
		t.Fatalf("growth %d MiB after touching nothing (ok %v)", g>>20, ok)
	}
}
