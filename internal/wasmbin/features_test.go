package wasmbin

import (
	"errors"
	"io"
	"strings"
	"testing"
)

func TestCheckFeaturesTestdata(t *testing.T) {
	tests := []struct {
		file, feature, where string
	}{
		{"threads_shared.wasm", FeatureThreads, "memory 0 of the memory section is shared"},
		{"threads_atomic.wasm", FeatureThreads, "function 0: opcode 0xfe 0x10"},
		{"memory64.wasm", FeatureMemory64, "64-bit"},
		{"multi_memory.wasm", FeatureMultiMemory, "2 memories"},
		{"exceptions.wasm", FeatureExceptions, "tag section"},
		{"tail_call.wasm", FeatureTailCall, "function 0: opcode 0x12"},
		{"relaxed_simd.wasm", FeatureRelaxedSIMD, "function 0: opcode 0xfd 0x105"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			m, err := Decode(readTestdata(t, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			checkFeatureErr(t, m.CheckFeatures(), tt.feature, tt.where)
		})
	}
}

func checkFeatureErr(t *testing.T, err error, feature, where string) {
	t.Helper()
	var fe *FeatureError
	if !errors.As(err, &fe) || !errors.Is(err, ErrUnsupportedFeature) {
		t.Fatalf("err = %v, want a *FeatureError", err)
	}
	if fe.Feature != feature || !strings.Contains(fe.Error(), where) || !strings.Contains(fe.Error(), feature) {
		t.Fatalf("err = %q, want feature %q and %q", fe.Error(), feature, where)
	}
}

func TestCheckFeaturesHandAssembled(t *testing.T) {
	mem1 := section(SecMemory, 1, 0, 1)
	tests := []struct {
		name, feature, where string
		in                   []byte
	}{
		{"gc prefix", FeatureGC, "function 0: GC instruction 0xfb 0x1", codeModule(0xfb, 0x01, 0x00)},
		{"call_ref", FeatureGC, "opcode 0x14", codeModule(0x14, 0x00)},
		{"ref.as_non_null", FeatureGC, "opcode 0xd4", codeModule(0xd4)},
		{"gc type", FeatureGC, "GC type definition", module(section(SecType, 1, 0x5f, 0, 0))},
		{"typed ref value type", FeatureGC, "value type 0x64", module(section(SecType, 1, 0x60, 1, 0x64, 0x70, 0))},
		{"return_call_indirect", FeatureTailCall, "opcode 0x13", codeModule(0x41, 0, 0x13, 0, 0)},
		{"throw without tag section", FeatureExceptions, "opcode 0x08", codeModule(0x08, 0)},
		{"try_table", FeatureExceptions, "opcode 0x1f", codeModule(0x1f, 0x40, 0, 0x0b)},
		{"try", FeatureExceptions, "opcode 0x06", codeModule(0x06, 0x40, 0x18, 0)},
		{"delegate", FeatureExceptions, "opcode 0x18", codeModule(0x02, 0x40, 0x18, 0, 0x0b)},
		{"tag import", FeatureExceptions, "imports a tag", module(section(SecImport, cat(vec(1), vec(1, 'm'), vec(1, 't'), []byte{4, 0, 0})...))},
		{"memarg memory index", FeatureMultiMemory, "names memory 1", funcModule(cat([]byte{0, 0x41, 0, 0x28, 0x42, 1, 0, 0x1a, 0x0b}))},
		{"memory.grow on memory 1", FeatureMultiMemory, "uses memory 1", codeModule(0x41, 0, 0x40, 1, 0x1a)},
		{"memory.size on memory 2", FeatureMultiMemory, "uses memory 2", codeModule(0x3f, 2, 0x1a)},
		{"memory.copy between memories", FeatureMultiMemory, "copies between memories 0 and 1", codeModule(0xfc, 10, 0, 1)},
		{"memory.fill memory 1", FeatureMultiMemory, "uses memory 1", codeModule(0xfc, 11, 1)},
		{"memory.init memory 3", FeatureMultiMemory, "uses memory 3", codeModule(0xfc, 8, 0, 3)},
		{"memarg 64-bit offset", FeatureMemory64, "64-bit offset", codeModule(cat([]byte{0x41, 0, 0x28, 2}, uleb(1<<33), []byte{0x1a})...)},
		{"table64", FeatureMemory64, "table 0", module(section(SecTable, 1, 0x70, 0x04, 1))},
		{"shared import", FeatureThreads, `imported memory import "m"."t" is shared`, module(section(SecImport, cat(vec(1), vec(1, 'm'), vec(1, 't'), []byte{2, 3, 1, 2})...))},
		{"relaxed simd last", FeatureRelaxedSIMD, "0xfd 0x113", codeModule(0xfd, 0x93, 0x02)},
		{"data on memory 1", FeatureMultiMemory, "data segment 0 targets memory 1", module(mem1, section(SecData, 1, 2, 1, 0x41, 0, 0x0b, 0))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Decode(tt.in)
			if err == nil {
				err = m.CheckFeatures()
			}
			checkFeatureErr(t, err, tt.feature, tt.where)
		})
	}
}

func TestCheckFeaturesUnknownOpcode(t *testing.T) {
	m, err := Decode(codeModule(0xfd, 0xa2, 0x01))
	if err != nil {
		t.Fatal(err)
	}
	err = m.CheckFeatures()
	if !errors.Is(err, ErrUnknownOpcode) || !strings.Contains(err.Error(), "function 0") || !strings.Contains(err.Error(), "0xfd 0xa2") {
		t.Fatalf("err = %v", err)
	}
}

// TestInstrCheckFeature: one instruction at a time, as the instrumenter
// checks bodies, gives the same refusals as CheckFeatures, and WithWhere
// keeps the *FeatureError while naming the function.
func TestInstrCheckFeature(t *testing.T) {
	tests := []struct {
		name, feature, where string
		body                 []byte
	}{
		{"plain", "", "", []byte{0x41, 1, 0x1a, 0x0b}},
		{"tail call", FeatureTailCall, "function 0: opcode 0x12", []byte{0x12, 0, 0x0b}},
		{"atomic", FeatureThreads, "function 0: opcode 0xfe 0x10", []byte{0x41, 0, 0xfe, 0x10, 2, 0, 0x1a, 0x0b}},
		{"memarg memory index", FeatureMultiMemory, "names memory 1", []byte{0x41, 0, 0x28, 0x42, 1, 0, 0x1a, 0x0b}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewInstrReader(tt.body, 0, len(tt.body))
			var in Instr
			var err error
			for err == nil {
				if err = r.Next(&in); err == nil {
					err = in.CheckFeature()
				}
			}
			if tt.feature == "" {
				if err != io.EOF {
					t.Fatalf("err = %v, want none", err)
				}
				return
			}
			checkFeatureErr(t, WithWhere(err, FuncWhere(0)), tt.feature, tt.where)
		})
	}
}
