package hostfuncs

import (
	"context"
	"fmt"

	"github.com/tetratelabs/wazero/api"

	"github.com/decentralized-ml/dml/abi"
)

var levelNames = [...]string{"debug", "info", "warn", "error"}

// logMessage: (level, ptr, len). The line goes to the run's local log and
// never into a result.
func logMessage(ctx context.Context, mod api.Module, stack []uint64) {
	s := session(ctx)
	level, ptr, n := api.DecodeI32(stack[0]), uint32(stack[1]), uint32(stack[2])
	s.charge(s.costBytes(uint64(n)))
	if level < abi.LogDebug || level > abi.LogError {
		violation("log: level %d: want 0 (debug) .. 3 (error)", level)
	}
	if n > abi.MaxLogLen {
		violation("log: length %d exceeds %d", n, abi.MaxLogLen)
	}
	msg := guestBytes(mod, "log", "message", ptr, n)
	fmt.Fprintf(s.log, "%s: %s\n", levelNames[level], msg)
}

// gasLeft: () -> i64, the gas left after paying for this call.
func gasLeft(ctx context.Context, _ api.Module, stack []uint64) {
	s := session(ctx)
	s.charge(s.costs.Call)
	stack[0] = uint64(s.gas.get())
}
