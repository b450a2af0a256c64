// Package peakrss measures how much a process's resident memory grew
// during a piece of work, from Linux's peak-RSS counter: Start resets the
// peak (VmHWM) to the current RSS; Growth reads how far it rose since.
// Where the counter cannot be reset (not Linux, some emulators), Start
// reports false and nothing is measured.
package peakrss

import (
	"bufio"
	"bytes"
	"os"
	"strconv"
)

// Mark is the resident size at Start.
type Mark struct {
	rss uint64
	ok  bool
}

// Start resets the process's peak RSS and returns the current RSS.
func Start() Mark {
	if err := os.WriteFile("/proc/self/clear_refs", []byte("5"), 0); err != nil {
		return Mark{}
	}
	rss, ok := status("VmRSS:")
	if !ok {
		return Mark{}
	}
	if hwm, ok := status("VmHWM:"); !ok || hwm > rss+(1<<20) {
		return Mark{} // the reset did not take
	}
	return Mark{rss: rss, ok: true}
}

// Growth is how far the peak RSS rose above the RSS at Start, in bytes;
// ok is false when it could not be measured.
func (m Mark) Growth() (bytes uint64, ok bool) {
	if !m.ok {
		return 0, false
	}
	hwm, ok := status("VmHWM:")
	if !ok {
		return 0, false
	}
	if hwm < m.rss {
		return 0, true
	}
	return hwm - m.rss, true
}

// status reads a "Key:   N kB" line of /proc/self/status, in bytes.
func status(key string) (uint64, bool) {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, false
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := sc.Bytes()
		if !bytes.HasPrefix(line, []byte(key)) {
			continue
		}
		f := bytes.Fields(line[len(key):])
		if len(f) != 2 || string(f[1]) != "kB" {
			return 0, false
		}
		kb, err := strconv.ParseUint(string(f[0]), 10, 64)
		return kb << 10, err == nil
	}
	return 0, false
}
