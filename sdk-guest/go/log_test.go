package dml

import (
	"strings"
	"testing"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/sdk-guest/go/internal/fake"
)

func TestLog(t *testing.T) {
	long := strings.Repeat("x", abi.MaxLogLen+10)
	tests := []struct {
		name  string
		log   func()
		level int32
		msg   string
	}{
		{"info", func() { Log(abi.LogInfo, "hello") }, abi.LogInfo, "hello"},
		{"formatted", func() { Logf(abi.LogWarn, "epoch %d loss %.2f", 3, 0.125) }, abi.LogWarn, "epoch 3 loss 0.12"},
		{"level below debug", func() { Log(-4, "a") }, abi.LogDebug, "a"},
		{"level above error", func() { Log(9, "b") }, abi.LogError, "b"},
		{"too long", func() { Log(abi.LogDebug, long) }, abi.LogDebug, long[:abi.MaxLogLen]},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := useHost(t, &fake.Host{})
			tc.log()
			if len(f.Log) != 1 || f.Log[0] != (fake.Line{Level: tc.level, Msg: tc.msg}) {
				t.Fatalf("logged %+v, want level %d %q", f.Log, tc.level, tc.msg)
			}
		})
	}
}

func TestGasLeft(t *testing.T) {
	useHost(t, &fake.Host{Gas: 12345})
	if got := GasLeft(); got != 12345 {
		t.Fatalf("GasLeft = %d, want 12345", got)
	}
}
