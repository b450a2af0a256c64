package node

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

// LoadAvgPath is where Linux publishes the load average.
const LoadAvgPath = "/proc/loadavg"

// ReadLoad is the 1-minute load average in a file laid out as
// /proc/loadavg ("0.42 0.30 0.25 1/123 4567").
func ReadLoad(path string) (float64, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0, fmt.Errorf("%w: read load: %v: idle_only needs %s (Linux); set idle_only: false elsewhere", ErrPolicy, err, LoadAvgPath)
	}
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return 0, fmt.Errorf("%w: %s is empty", ErrPolicy, path)
	}
	v, err := strconv.ParseFloat(f[0], 64)
	if err != nil {
		return 0, fmt.Errorf("%w: %s: %q is not a load average", ErrPolicy, path, f[0])
	}
	return v, nil
}
