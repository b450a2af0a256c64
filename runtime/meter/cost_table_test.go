package meter

import (
	"testing"

	"github.com/decentralized-ml/dml/internal/wasmbin"
)

func TestClassify(t *testing.T) {
	tests := []struct {
		op   wasmbin.Opcode
		want Class
	}{
		{wasmbin.OpEnd, ClassFree}, {wasmbin.OpLoop, ClassFree}, {wasmbin.OpIf, ClassControl},
		{wasmbin.OpBrTable, ClassControl}, {wasmbin.OpCall, ClassCall}, {wasmbin.OpCallIndirect, ClassCallIndirect},
		{wasmbin.OpLocalTee, ClassLocal}, {wasmbin.OpGlobalSet, ClassGlobal}, {wasmbin.OpI32Load, ClassLoad},
		{wasmbin.OpI64Store32, ClassStore}, {wasmbin.OpMemoryGrow, ClassMemoryGrow}, {wasmbin.OpF64Const, ClassConst},
		{0x6a, ClassInt}, {0x6c, ClassIntMul}, {0x70, ClassIntDiv}, {0x7e, ClassIntMul}, {0x82, ClassIntDiv},
		{0x8a, ClassInt}, {0x92, ClassFloat}, {0x95, ClassFloatDiv}, {0x9f, ClassFloatDiv}, {0xa6, ClassFloat},
		{0xa7, ClassConvert}, {0xbf, ClassConvert}, {0xc4, ClassInt}, {wasmbin.OpRefFunc, ClassTable},
		{wasmbin.OpMemoryFill, ClassBulk}, {wasmbin.OpTableFill, ClassTable}, {0xfc0000, ClassConvert},
		{wasmbin.OpV128Const, ClassSIMD}, {0xfd0000, ClassSIMDMemory}, {0xfd005d, ClassSIMDMemory}, {0xfd00ff, ClassSIMD},
	}
	for _, tt := range tests {
		if got := Classify(tt.op); got != tt.want {
			t.Errorf("Classify(%s) = %d, want %d", tt.op, got, tt.want)
		}
	}
	if err := DefaultTable().Validate(); err != nil || DefaultTable().Version != "dml-gas-v4" {
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
