package wasmbin

import (
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"
)

func TestInstrImmediates(t *testing.T) {
	tests := []struct {
		name  string
		code  []byte
		check func(in *Instr) bool
	}{
		{"block empty", []byte{0x02, 0x40}, func(in *Instr) bool { return in.Op == OpBlock && in.BlockType == BlockEmpty }},
		{"loop i64", []byte{0x03, 0x7e}, func(in *Instr) bool { b, ok := BlockValType(in.BlockType); return in.Op == OpLoop && ok && b == I64 }},
		{"if type index", []byte{0x04, 0x85, 0x01}, func(in *Instr) bool { return in.Op == OpIf && in.BlockType == 133 }},
		{"br_table", []byte{0x0e, 3, 0, 1, 2, 0x80, 0x01}, func(in *Instr) bool {
			return in.Op == OpBrTable && reflect.DeepEqual(in.Labels, []uint32{0, 1, 2}) && in.Index == 128
		}},
		{"call_indirect", []byte{0x11, 5, 1}, func(in *Instr) bool { return in.Index == 5 && in.Index2 == 1 }},
		{"select t", []byte{0x1c, 1, 0x7b}, func(in *Instr) bool { return string(in.Types) == string([]byte{V128}) }},
		{"i32.load memarg", []byte{0x28, 2, 0x90, 0x03}, func(in *Instr) bool { return in.Memarg == Memarg{Align: 2, Offset: 400} }},
		{"memarg with memory index", []byte{0x28, 0x42, 3, 8}, func(in *Instr) bool {
			return in.Memarg == Memarg{Align: 2, Memory: 3, Offset: 8, ExplicitMemory: true}
		}},
		{"i32.const -1", []byte{0x41, 0x7f}, func(in *Instr) bool { return int64(in.Const) == -1 }},
		{"i64.const", []byte{0x42, 0x80, 0x01}, func(in *Instr) bool { return in.Const == 128 }},
		{"f32.const", []byte{0x43, 0, 0, 0xc0, 0x3f}, func(in *Instr) bool { return in.Const == 0x3fc00000 }},
		{"f64.const", []byte{0x44, 1, 2, 3, 4, 5, 6, 7, 8}, func(in *Instr) bool { return in.Const == 0x0807060504030201 }},
		{"ref.null", []byte{0xd0, 0x6f}, func(in *Instr) bool { return in.Op == OpRefNull && in.Index == uint32(ExternRef) }},
		{"memory.grow", []byte{0x40, 0}, func(in *Instr) bool { return in.Op == OpMemoryGrow && in.Index == 0 }},
		{"memory.init", []byte{0xfc, 8, 4, 0}, func(in *Instr) bool { return in.Op == OpMemoryInit && in.Index == 4 }},
		{"memory.copy", []byte{0xfc, 10, 0, 0}, func(in *Instr) bool { return in.Op == OpMemoryCopy }},
		{"memory.fill", []byte{0xfc, 11, 0}, func(in *Instr) bool { return in.Op == OpMemoryFill }},
		{"table.copy", []byte{0xfc, 14, 1, 2}, func(in *Instr) bool { return in.Op == OpTableCopy && in.Index == 1 && in.Index2 == 2 }},
		{"i32.trunc_sat_f32_s", []byte{0xfc, 0}, func(in *Instr) bool { return in.Op == prefixed(0xfc, 0) }},
		{"v128.const", cat([]byte{0xfd, 0x0c}, []byte("0123456789abcdef")), func(in *Instr) bool {
			return in.Op == OpV128Const && string(in.V128[:]) == "0123456789abcdef"
		}},
		{"i8x16.shuffle", cat([]byte{0xfd, 0x0d}, []byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 31}), func(in *Instr) bool {
			return in.Op == OpI8x16Shuffle && in.V128[15] == 31
		}},
		{"extract_lane", []byte{0xfd, 0x15, 7}, func(in *Instr) bool { return in.Lane == 7 }},
		{"load lane", []byte{0xfd, 0x56, 2, 4, 3}, func(in *Instr) bool { return in.Memarg.Offset == 4 && in.Lane == 3 }},
		{"two-byte simd opcode", []byte{0xfd, 0xff, 0x01}, func(in *Instr) bool { return in.Op == prefixed(0xfd, 0xff) }},
		{"atomic.fence", []byte{0xfe, 3, 0}, func(in *Instr) bool { return in.Op == prefixed(0xfe, 3) }},
		{"try_table", []byte{0x1f, 0x40, 2, 0, 1, 0, 3, 2}, func(in *Instr) bool {
			return reflect.DeepEqual(in.Catches, []Catch{{Kind: 0, Tag: 1, Label: 0}, {Kind: 3, Label: 2}})
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := append(append([]byte{0xaa}, tt.code...), 0x0b)
			r := NewInstrReader(b, 1, len(b))
			var in Instr
			if err := r.Next(&in); err != nil {
				t.Fatal(err)
			}
			if in.Start != 1 || in.End != 1+len(tt.code) {
				t.Fatalf("range [%d,%d), want [1,%d)", in.Start, in.End, 1+len(tt.code))
			}
			if !tt.check(&in) {
				t.Fatalf("unexpected decode: %+v", in)
			}
			if err := r.Next(&in); err != nil || in.Op != OpEnd {
				t.Fatalf("second instruction: %+v, %v", in, err)
			}
			if err := r.Next(&in); err != io.EOF {
				t.Fatalf("after end: %v", err)
			}
		})
	}
}

func TestInstrErrors(t *testing.T) {
	tests := []struct {
		name string
		code []byte
		err  error
		msg  string
	}{
		{"unknown one-byte", []byte{0x27}, ErrUnknownOpcode, "0x27"},
		{"unknown simd", []byte{0xfd, 0x9a, 0x01}, ErrUnknownOpcode, "0xfd 0x9a"},
		{"unknown misc", []byte{0xfc, 0x12}, ErrUnknownOpcode, "0xfc 0x12"},
		{"unknown atomic", []byte{0xfe, 0x04}, ErrUnknownOpcode, "0xfe 0x04"},
		{"huge sub-opcode", []byte{0xfd, 0xff, 0xff, 0x07}, ErrUnknownOpcode, "0xfd"},
		{"gc prefix", []byte{0xfb, 0x00}, ErrUnsupportedFeature, "gc"},
		{"truncated memarg", []byte{0x28, 2}, ErrTruncated, "past the end"},
		{"truncated v128", []byte{0xfd, 0x0c, 1, 2}, ErrTruncated, "exceeds"},
		{"br_table count beyond bytes", []byte{0x0e, 0xff, 0xff, 0x03}, ErrTruncated, "cannot fit"},
		{"bad block type", []byte{0x02, 0x50}, ErrMalformed, "block type"},
		{"bad ref.null type", []byte{0xd0, 0x7f}, ErrMalformed, "ref.null"},
		{"bad fence byte", []byte{0xfe, 3, 1}, ErrMalformed, "reserved"},
		{"bad catch kind", []byte{0x1f, 0x40, 1, 9, 0}, ErrMalformed, "catch kind"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewInstrReader(tt.code, 0, len(tt.code))
			var in Instr
			err := r.Next(&in)
			if !errors.Is(err, tt.err) || !strings.Contains(err.Error(), tt.msg) {
				t.Fatalf("err = %v, want %v mentioning %q", err, tt.err, tt.msg)
			}
		})
	}
}

// TestInstrReaderBasic reads every body of basic.wasm: instructions tile
// each body exactly and the SIMD body decodes to the expected sequence.
func TestInstrReaderBasic(t *testing.T) {
	b := readTestdata(t, "basic.wasm")
	m, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	var ops [][]Opcode
	for i, c := range m.Codes {
		r := m.Body(i)
		var in Instr
		pos := c.LocalsEnd
		var seq []Opcode
		for {
			err := r.Next(&in)
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("body %d: %v", i, err)
			}
			if in.Start != pos {
				t.Fatalf("body %d: instruction starts at %d, previous ended at %d", i, in.Start, pos)
			}
			pos = in.End
			seq = append(seq, in.Op)
		}
		if pos != c.End {
			t.Fatalf("body %d: read to %d, body ends at %d", i, pos, c.End)
		}
		ops = append(ops, seq)
	}
	want := []Opcode{OpI32Const, OpV128Const, OpV128Const, OpI8x16Shuffle, prefixed(0xfd, 0x56), prefixed(0xfd, 0x1b),
		OpI32Const, prefixed(0xfd, 0), prefixed(0xfd, 0x19), 0x6a, OpEnd}
	if !reflect.DeepEqual(ops[2], want) {
		t.Errorf("simd body = %v, want %v", ops[2], want)
	}
	if ops[1][4] != OpBrTable {
		t.Errorf("ctl body = %v", ops[1])
	}
}
