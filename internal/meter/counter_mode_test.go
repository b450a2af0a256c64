package meter

import (
	"testing"

	"github.com/decentralized-ml/dml/internal/wasmbin"
)

func TestCanTrap(t *testing.T) {
	tests := []struct {
		name string
		op   wasmbin.Opcode
		want bool
	}{
		{"i32.add", 0x6a, false},
		{"i64.sub", wasmbin.OpI64Sub, false},
		{"i32.mul", 0x6c, false},
		{"f64.div", 0xa3, false},
		{"i64.extend_i32_u", wasmbin.OpI64ExtendI32U, false},
		{"f32.convert_i32_s", 0xb2, false},
		{"i32.trunc_sat_f32_s", 0xfc0000, false},
		{"memory.size", wasmbin.OpMemorySize, false},
		{"call", wasmbin.OpCall, false},
		{"call_indirect", wasmbin.OpCallIndirect, false},
		{"global.set", wasmbin.OpGlobalSet, false},
		{"i32x4.add", 0xfd00ae, false},
		{"i32.div_s", 0x6d, true},
		{"i64.rem_u", 0x82, true},
		{"i32.trunc_f32_s", 0xa8, true},
		{"i32.trunc_f64_u", 0xab, true},
		{"i64.trunc_f32_s", 0xae, true},
		{"i64.trunc_f64_u", 0xb1, true},
		{"i32.load", wasmbin.OpI32Load, true},
		{"i64.store32", wasmbin.OpI64Store32, true},
		{"memory.grow", wasmbin.OpMemoryGrow, true},
		{"memory.copy", wasmbin.OpMemoryCopy, true},
		{"table.get", wasmbin.OpTableGet, true},
		{"table.fill", wasmbin.OpTableFill, true},
		{"v128.load", 0xfd0000, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := canTrap(tt.op); got != tt.want {
				t.Fatalf("canTrap(%s) = %v, want %v", tt.name, got, tt.want)
			}
		})
	}
}

func TestCounterMode(t *testing.T) {
	tests := []struct {
		name  string
		shape bodyShape
		want  counterMode
	}{
		{"charges nothing", bodyShape{calls: true}, counterNone},
		{"calls, no loop, no trap", bodyShape{charges: true, calls: true}, counterDirect},
		{"no call", bodyShape{charges: true}, counterCached},
		{"calls in a loop", bodyShape{charges: true, calls: true, loops: true}, counterCached},
		{"calls and can trap", bodyShape{charges: true, calls: true, traps: true}, counterCached},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.shape.mode(); got != tt.want {
				t.Fatalf("mode = %d, want %d", got, tt.want)
			}
		})
	}
}
