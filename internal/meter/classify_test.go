package meter

import (
	"github.com/decentralized-ml/dml/gas"
	"testing"

	"github.com/decentralized-ml/dml/internal/wasmbin"
)

func TestClassify(t *testing.T) {
	tests := []struct {
		op   wasmbin.Opcode
		want gas.Class
	}{
		{wasmbin.OpEnd, gas.ClassFree}, {wasmbin.OpLoop, gas.ClassFree}, {wasmbin.OpIf, gas.ClassControl},
		{wasmbin.OpBrTable, gas.ClassControl}, {wasmbin.OpCall, gas.ClassCall}, {wasmbin.OpCallIndirect, gas.ClassCallIndirect},
		{wasmbin.OpLocalTee, gas.ClassLocal}, {wasmbin.OpGlobalSet, gas.ClassGlobal}, {wasmbin.OpI32Load, gas.ClassLoad},
		{wasmbin.OpI64Store32, gas.ClassStore}, {wasmbin.OpMemoryGrow, gas.ClassMemoryGrow}, {wasmbin.OpF64Const, gas.ClassConst},
		{0x6a, gas.ClassInt}, {0x6c, gas.ClassIntMul}, {0x70, gas.ClassIntDiv}, {0x7e, gas.ClassIntMul}, {0x82, gas.ClassIntDiv},
		{0x8a, gas.ClassInt}, {0x92, gas.ClassFloat}, {0x95, gas.ClassFloatDiv}, {0x9f, gas.ClassFloatDiv}, {0xa6, gas.ClassFloat},
		{0xa7, gas.ClassConvert}, {0xbf, gas.ClassConvert}, {0xc4, gas.ClassInt}, {wasmbin.OpRefFunc, gas.ClassTable},
		{wasmbin.OpMemoryFill, gas.ClassBulk}, {wasmbin.OpTableFill, gas.ClassTable}, {0xfc0000, gas.ClassConvert},
		{wasmbin.OpV128Const, gas.ClassSIMD}, {0xfd0000, gas.ClassSIMDMemory}, {0xfd005d, gas.ClassSIMDMemory}, {0xfd00ff, gas.ClassSIMD},
	}
	for _, tt := range tests {
		if got := Classify(tt.op); got != tt.want {
			t.Errorf("Classify(%s) = %d, want %d", tt.op, got, tt.want)
		}
	}
	if err := gas.Default().Validate(); err != nil || gas.Default().Version != "dml-gas-v4" {
		t.Errorf("default table: %v", err)
	}
}

func TestAppendSleb(t *testing.T) {
	tests := []struct {
		v    int64
		want []byte
	}{{0, []byte{0}}, {-1, []byte{0x7f}}, {63, []byte{0x3f}}, {64, []byte{0xc0, 0}}, {1000, []byte{0xe8, 0x07}}}
	for _, tt := range tests {
		if got := appendSleb(nil, tt.v); string(got) != string(tt.want) {
			t.Errorf("appendSleb(%d) = % x, want % x", tt.v, got, tt.want)
		}
	}
}
