package wasmbin

import (
	"encoding/binary"
	"io"
)

// Block types other than a type index (BlockType >= 0).
const (
	BlockEmpty int64 = -64 // 0x40
)

// MaxBrTableLabels bounds the targets of one br_table.
const MaxBrTableLabels = 1_000_000

// Memarg is the memory immediate of loads, stores and atomics.
type Memarg struct {
	Align  uint32 // log2 of the alignment, without the memory-index flag
	Offset uint64
	Memory uint32
	// ExplicitMemory is set when the memory index was encoded (multi-memory form).
	ExplicitMemory bool
}

// Catch is one clause of try_table.
type Catch struct {
	Kind  byte // 0 catch, 1 catch_ref, 2 catch_all, 3 catch_all_ref
	Tag   uint32
	Label uint32
}

// Instr is one decoded instruction. Which immediate fields are meaningful
// depends on Op. Slices alias the reader's buffers and are valid until the
// next call to Next.
type Instr struct {
	Op         Opcode
	Start, End int // byte range of the whole instruction in the module
	// BlockType of block, loop, if, try, try_table: BlockEmpty, a value type
	// (negative: 0x7f i32 is -1, 0x7e i64 -2, ... 0x6f externref -17) or a type index.
	BlockType int64
	// Index is the first index immediate (label, function, local, global,
	// table, type, data, elem, tag or memory; br_table's default label).
	// Index2 is the second: call_indirect's table, memory.init's and
	// memory.copy's source memory, table.init's table, table.copy's source.
	Index, Index2 uint32
	Memarg        Memarg
	Lane          byte
	Const         uint64 // i32.const/i64.const sign-extended, f32/f64 bits
	V128          [16]byte
	Labels        []uint32 // br_table targets, default excluded
	Types         []byte   // select t* value types
	Catches       []Catch  // try_table clauses
	info          opInfo   // of Op, set by InstrReader.Next
}

// BlockValType returns the value type byte of a single-result block type.
func BlockValType(bt int64) (byte, bool) {
	if bt < 0 && bt >= -64 && bt != BlockEmpty {
		return byte(bt & 0x7f), true
	}
	return 0, false
}

// InstrReader reads instructions one by one from a byte range of a module.
type InstrReader struct {
	c       cursor
	labels  []uint32
	types   []byte
	catches []Catch
}

// NewInstrReader reads the instructions in module[start:end], for example
// a Code's LocalsEnd..End.
func NewInstrReader(module []byte, start, end int) *InstrReader {
	r := &InstrReader{}
	r.Reset(module, start, end)
	return r
}

// Reset makes r read module[start:end], keeping its buffers.
func (r *InstrReader) Reset(module []byte, start, end int) {
	if end > len(module) {
		end = len(module)
	}
	if start > end {
		start = end
	}
	r.c = cursor{b: module, pos: start, end: end}
}

// Pos is the offset of the next instruction.
func (r *InstrReader) Pos() int { return r.c.pos }

// Next decodes the next instruction into in. It returns io.EOF at the end
// of the range, an *Error for malformed bytes or unknown opcodes, and a
// *FeatureError for GC instructions (0xFB), whose immediates it does not read.
func (r *InstrReader) Next(in *Instr) error {
	c := &r.c
	if c.pos >= c.end {
		return io.EOF
	}
	in.Start = c.pos
	b := c.b[c.pos]
	c.pos++
	op := Opcode(b)
	var info opInfo
	var known bool
	if b >= 0xfb && b <= 0xfe {
		sub, err := c.u32()
		if err != nil {
			return err
		}
		if b == PrefixGC {
			return &FeatureError{Feature: FeatureGC, Detail: "GC instruction 0xfb " + hex(uint64(sub)) + " at byte " + hex(uint64(in.Start))}
		}
		if sub > 0xffff {
			return errAt(in.Start, ErrUnknownOpcode, "unknown opcode 0x%02x 0x%x", b, sub)
		}
		op = prefixed(b, sub)
	}
	if b < 0xfb || b > 0xfe {
		info = ops1[b]
		known = info.valid
	} else {
		info, known = lookup(op)
	}
	if !known {
		return errAt(in.Start, ErrUnknownOpcode, "unknown opcode %s", op)
	}
	in.Op, in.info = op, info
	if err := r.immediates(in, info.imm); err != nil {
		return err
	}
	in.End = c.pos
	return nil
}

func hex(v uint64) string {
	const digits = "0123456789abcdef"
	var buf [18]byte
	i := len(buf)
	for {
		i--
		buf[i] = digits[v&15]
		v >>= 4
		if v == 0 {
			break
		}
	}
	i--
	buf[i] = 'x'
	i--
	buf[i] = '0'
	return string(buf[i:])
}

func (r *InstrReader) immediates(in *Instr, imm uint8) error {
	c := &r.c
	var err error
	switch imm {
	case immNone:
	case immBlockType:
		in.BlockType, err = r.blockType()
	case immIndex:
		in.Index, err = c.u32()
	case immIndex2:
		if in.Index, err = c.u32(); err == nil {
			in.Index2, err = c.u32()
		}
	case immBrTable:
		err = r.brTable(in)
	case immMemarg:
		err = r.memarg(in)
	case immI32:
		var v int32
		v, err = c.s32()
		in.Const = uint64(int64(v))
	case immI64:
		var v int64
		v, err = c.s64()
		in.Const = uint64(v)
	case immF32:
		var v []byte
		if v, err = c.bytes(4); err == nil {
			in.Const = uint64(binary.LittleEndian.Uint32(v))
		}
	case immF64:
		var v []byte
		if v, err = c.bytes(8); err == nil {
			in.Const = binary.LittleEndian.Uint64(v)
		}
	case immSelectT:
		err = r.selectTypes(in)
	case immHeapType:
		var t byte
		at := c.pos
		if t, err = c.byte(); err == nil && t != FuncRef && t != ExternRef {
			err = errAt(at, ErrMalformed, "ref.null of unknown reference type 0x%02x", t)
		}
		in.Index = uint32(t)
	case immV128, immShuffle:
		var v []byte
		if v, err = c.bytes(16); err == nil {
			copy(in.V128[:], v)
		}
	case immLane:
		in.Lane, err = c.byte()
	case immMemargLane:
		if err = r.memarg(in); err == nil {
			in.Lane, err = c.byte()
		}
	case immZeroByte:
		at := c.pos
		var z byte
		if z, err = c.byte(); err == nil && z != 0 {
			err = errAt(at, ErrMalformed, "reserved byte must be 0x00, found 0x%02x", z)
		}
	case immTryTable:
		if in.BlockType, err = r.blockType(); err == nil {
			err = r.tryTable(in)
		}
	}
	return err
}

func (r *InstrReader) blockType() (int64, error) {
	at := r.c.pos
	bt, err := r.c.s33()
	if err != nil {
		return 0, err
	}
	if bt >= 0 {
		return bt, nil
	}
	switch byte(bt & 0x7f) {
	case 0x40, I32, I64, F32, F64, V128, FuncRef, ExternRef:
		return bt, nil
	case 0x63, 0x64:
		return 0, &FeatureError{Feature: FeatureGC, Detail: "typed reference block type at byte " + hex(uint64(at))}
	}
	return 0, errAt(at, ErrMalformed, "invalid block type 0x%02x", byte(bt&0x7f))
}

func (r *InstrReader) brTable(in *Instr) error {
	n, err := r.c.count("br_table labels", MaxBrTableLabels, 1)
	if err != nil {
		return err
	}
	r.labels = r.labels[:0]
	for i := uint32(0); i < n; i++ {
		l, err := r.c.u32()
		if err != nil {
			return err
		}
		r.labels = append(r.labels, l)
	}
	in.Labels = r.labels
	in.Index, err = r.c.u32()
	return err
}

func (r *InstrReader) memarg(in *Instr) error {
	c := &r.c
	align, err := c.u32()
	if err != nil {
		return err
	}
	in.Memarg = Memarg{Align: align}
	if align&0x40 != 0 {
		in.Memarg.Align = align &^ 0x40
		in.Memarg.ExplicitMemory = true
		if in.Memarg.Memory, err = c.u32(); err != nil {
			return err
		}
	}
	in.Memarg.Offset, err = c.u64()
	return err
}

func (r *InstrReader) selectTypes(in *Instr) error {
	n, err := r.c.count("select types", MaxBrTableLabels, 1)
	if err != nil {
		return err
	}
	r.types = r.types[:0]
	for i := uint32(0); i < n; i++ {
		t, err := readValType(&r.c)
		if err != nil {
			return err
		}
		r.types = append(r.types, t)
	}
	in.Types = r.types
	return nil
}

func (r *InstrReader) tryTable(in *Instr) error {
	n, err := r.c.count("try_table clauses", MaxBrTableLabels, 2)
	if err != nil {
		return err
	}
	r.catches = r.catches[:0]
	for i := uint32(0); i < n; i++ {
		at := r.c.pos
		k, err := r.c.byte()
		if err != nil {
			return err
		}
		var cl Catch
		cl.Kind = k
		switch k {
		case 0, 1:
			if cl.Tag, err = r.c.u32(); err != nil {
				return err
			}
		case 2, 3:
		default:
			return errAt(at, ErrMalformed, "invalid try_table catch kind 0x%02x", k)
		}
		if cl.Label, err = r.c.u32(); err != nil {
			return err
		}
		r.catches = append(r.catches, cl)
	}
	in.Catches = r.catches
	return nil
}
