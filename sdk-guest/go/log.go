package dml

import (
	"fmt"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/sdk-guest/go/internal/host"
)

// Log writes msg to the run's local log at level (abi.LogDebug, abi.LogInfo,
// abi.LogWarn or abi.LogError; others are clamped into that range). Logs stay
// on the device and never enter a result. A message longer than
// abi.MaxLogLen bytes is cut to that length.
func Log(level int32, msg string) {
	level = max(abi.LogDebug, min(level, abi.LogError))
	if len(msg) > abi.MaxLogLen {
		msg = msg[:abi.MaxLogLen]
	}
	host.Log(level, msg)
}

// Logf formats as fmt.Sprintf and logs at level.
func Logf(level int32, format string, args ...any) {
	Log(level, fmt.Sprintf(format, args...))
}

// GasLeft is the gas the run has left. Natively it is what the test set.
func GasLeft() int64 { return host.GasLeft() }
