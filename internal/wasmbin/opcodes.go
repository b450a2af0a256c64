package wasmbin

import "fmt"

// Opcode identifies an instruction: the byte itself for one-byte opcodes,
// prefix<<16 | sub-opcode for the 0xFB, 0xFC, 0xFD and 0xFE families.
type Opcode uint32

// Prefix bytes of multi-byte opcodes.
const (
	PrefixGC      byte = 0xfb
	PrefixMisc    byte = 0xfc
	PrefixSIMD    byte = 0xfd
	PrefixThreads byte = 0xfe
)

// Prefix is the prefix byte of a multi-byte opcode, or 0.
func (op Opcode) Prefix() byte { return byte(op >> 16) }

// Sub is the sub-opcode of a multi-byte opcode, or the opcode byte.
func (op Opcode) Sub() uint32 { return uint32(op & 0xffff) }

func (op Opcode) String() string {
	if p := op.Prefix(); p != 0 {
		return fmt.Sprintf("0x%02x 0x%02x", p, op.Sub())
	}
	return fmt.Sprintf("0x%02x", uint32(op))
}

func prefixed(p byte, sub uint32) Opcode { return Opcode(uint32(p)<<16 | sub) }

// Opcodes the runtime and the instrumenter name.
const (
	OpUnreachable        Opcode = 0x00
	OpNop                Opcode = 0x01
	OpBlock              Opcode = 0x02
	OpLoop               Opcode = 0x03
	OpIf                 Opcode = 0x04
	OpElse               Opcode = 0x05
	OpTry                Opcode = 0x06
	OpCatch              Opcode = 0x07
	OpThrow              Opcode = 0x08
	OpRethrow            Opcode = 0x09
	OpThrowRef           Opcode = 0x0a
	OpEnd                Opcode = 0x0b
	OpBr                 Opcode = 0x0c
	OpBrIf               Opcode = 0x0d
	OpBrTable            Opcode = 0x0e
	OpReturn             Opcode = 0x0f
	OpCall               Opcode = 0x10
	OpCallIndirect       Opcode = 0x11
	OpReturnCall         Opcode = 0x12
	OpReturnCallIndirect Opcode = 0x13
	OpCallRef            Opcode = 0x14
	OpReturnCallRef      Opcode = 0x15
	OpDelegate           Opcode = 0x18
	OpCatchAll           Opcode = 0x19
	OpDrop               Opcode = 0x1a
	OpSelect             Opcode = 0x1b
	OpSelectT            Opcode = 0x1c
	OpTryTable           Opcode = 0x1f
	OpLocalGet           Opcode = 0x20
	OpLocalSet           Opcode = 0x21
	OpLocalTee           Opcode = 0x22
	OpGlobalGet          Opcode = 0x23
	OpGlobalSet          Opcode = 0x24
	OpTableGet           Opcode = 0x25
	OpTableSet           Opcode = 0x26
	OpI32Load            Opcode = 0x28
	OpI64Store32         Opcode = 0x3e
	OpMemorySize         Opcode = 0x3f
	OpMemoryGrow         Opcode = 0x40
	OpI32Const           Opcode = 0x41
	OpI64Const           Opcode = 0x42
	OpF32Const           Opcode = 0x43
	OpF64Const           Opcode = 0x44
	OpI32Eqz             Opcode = 0x45
	OpI32Ne              Opcode = 0x47
	OpI32LtS             Opcode = 0x48
	OpI32LtU             Opcode = 0x49
	OpI32GtS             Opcode = 0x4a
	OpI32GtU             Opcode = 0x4b
	OpI64LtU             Opcode = 0x54
	OpI32Add             Opcode = 0x6a
	OpI32Sub             Opcode = 0x6b
	OpI64Sub             Opcode = 0x7d
	OpI64ExtendI32U      Opcode = 0xad
	OpRefNull            Opcode = 0xd0
	OpRefIsNull          Opcode = 0xd1
	OpRefFunc            Opcode = 0xd2
	OpRefEq              Opcode = 0xd3
	OpRefAsNonNull       Opcode = 0xd4
	OpBrOnNull           Opcode = 0xd5
	OpBrOnNonNull        Opcode = 0xd6

	OpMemoryInit Opcode = 0xfc0008
	OpDataDrop   Opcode = 0xfc0009
	OpMemoryCopy Opcode = 0xfc000a
	OpMemoryFill Opcode = 0xfc000b
	OpTableInit  Opcode = 0xfc000c
	OpElemDrop   Opcode = 0xfc000d
	OpTableCopy  Opcode = 0xfc000e
	OpTableGrow  Opcode = 0xfc000f
	OpTableSize  Opcode = 0xfc0010
	OpTableFill  Opcode = 0xfc0011

	OpV128Const    Opcode = 0xfd000c
	OpI8x16Shuffle Opcode = 0xfd000d
)

// Immediate kinds of the opcode table.
const (
	immNone       uint8 = iota
	immBlockType        // s33 block type
	immIndex            // one u32 index (label, function, local, global, table, type, data, elem, tag, memory)
	immIndex2           // two u32 indices
	immBrTable          // vec(label) label
	immMemarg           // align, [memory], offset
	immI32              // s32
	immI64              // s64
	immF32              // 4 bytes
	immF64              // 8 bytes
	immSelectT          // vec(valtype)
	immHeapType         // ref.null's type byte
	immV128             // 16 bytes
	immShuffle          // 16 lane indices
	immLane             // one lane index byte
	immMemargLane       // memarg then lane index
	immZeroByte         // one reserved 0x00 byte (atomic.fence)
	immTryTable         // block type, vec(catch clause)
)

type opInfo struct {
	valid   bool
	imm     uint8
	feature string // "" when the op is part of the supported feature set
}

var (
	ops1    [256]opInfo
	opsMisc [0x12]opInfo
	opsSIMD [0x114]opInfo
	opsAtom [0x4f]opInfo
)

func set(t []opInfo, from, to int, imm uint8, feature string) {
	for i := from; i <= to; i++ {
		t[i] = opInfo{valid: true, imm: imm, feature: feature}
	}
}

func init() {
	t := ops1[:]
	set(t, 0x00, 0x01, immNone, "")
	set(t, 0x02, 0x04, immBlockType, "")
	set(t, 0x05, 0x05, immNone, "")
	set(t, 0x06, 0x06, immBlockType, FeatureExceptions)
	set(t, 0x07, 0x09, immIndex, FeatureExceptions)
	set(t, 0x0a, 0x0a, immNone, FeatureExceptions)
	set(t, 0x0b, 0x0b, immNone, "")
	set(t, 0x0c, 0x0d, immIndex, "")
	set(t, 0x0e, 0x0e, immBrTable, "")
	set(t, 0x0f, 0x0f, immNone, "")
	set(t, 0x10, 0x10, immIndex, "")
	set(t, 0x11, 0x11, immIndex2, "")
	set(t, 0x12, 0x12, immIndex, FeatureTailCall)
	set(t, 0x13, 0x13, immIndex2, FeatureTailCall)
	set(t, 0x14, 0x14, immIndex, FeatureGC)
	set(t, 0x15, 0x15, immIndex, FeatureGC)
	set(t, 0x18, 0x18, immIndex, FeatureExceptions)
	set(t, 0x19, 0x19, immNone, FeatureExceptions)
	set(t, 0x1a, 0x1b, immNone, "")
	set(t, 0x1c, 0x1c, immSelectT, "")
	set(t, 0x1f, 0x1f, immTryTable, FeatureExceptions)
	set(t, 0x20, 0x26, immIndex, "")
	set(t, 0x28, 0x3e, immMemarg, "")
	set(t, 0x3f, 0x40, immIndex, "")
	set(t, 0x41, 0x41, immI32, "")
	set(t, 0x42, 0x42, immI64, "")
	set(t, 0x43, 0x43, immF32, "")
	set(t, 0x44, 0x44, immF64, "")
	set(t, 0x45, 0xc4, immNone, "")
	set(t, 0xd0, 0xd0, immHeapType, "")
	set(t, 0xd1, 0xd1, immNone, "")
	set(t, 0xd2, 0xd2, immIndex, "")
	set(t, 0xd3, 0xd4, immNone, FeatureGC)
	set(t, 0xd5, 0xd6, immIndex, FeatureGC)

	m := opsMisc[:]
	set(m, 0x00, 0x07, immNone, "")
	set(m, 0x08, 0x08, immIndex2, "") // memory.init data mem
	set(m, 0x09, 0x09, immIndex, "")  // data.drop
	set(m, 0x0a, 0x0a, immIndex2, "") // memory.copy dst src
	set(m, 0x0b, 0x0b, immIndex, "")  // memory.fill mem
	set(m, 0x0c, 0x0c, immIndex2, "") // table.init elem table
	set(m, 0x0d, 0x0d, immIndex, "")  // elem.drop
	set(m, 0x0e, 0x0e, immIndex2, "") // table.copy dst src
	set(m, 0x0f, 0x11, immIndex, "")  // table.grow, table.size, table.fill

	s := opsSIMD[:]
	set(s, 0x00, 0x0b, immMemarg, "")
	set(s, 0x0c, 0x0c, immV128, "")
	set(s, 0x0d, 0x0d, immShuffle, "")
	set(s, 0x0e, 0x14, immNone, "")
	set(s, 0x15, 0x22, immLane, "")
	set(s, 0x23, 0x53, immNone, "")
	set(s, 0x54, 0x5b, immMemargLane, "")
	set(s, 0x5c, 0x5d, immMemarg, "")
	set(s, 0x5e, 0xff, immNone, "")
	for _, reserved := range []int{0x9a, 0xa2, 0xa5, 0xa6, 0xaf, 0xb0, 0xb2, 0xb3, 0xb4, 0xbb, 0xc2, 0xc5, 0xc6, 0xcf, 0xd0, 0xd2, 0xd3, 0xd4, 0xe2, 0xee} {
		s[reserved] = opInfo{}
	}
	set(s, 0x100, 0x113, immNone, FeatureRelaxedSIMD)

	a := opsAtom[:]
	set(a, 0x00, 0x02, immMemarg, FeatureThreads)
	set(a, 0x03, 0x03, immZeroByte, FeatureThreads)
	set(a, 0x10, 0x4e, immMemarg, FeatureThreads)
}

// lookup finds the table entry of op; ok is false for unknown opcodes.
func lookup(op Opcode) (opInfo, bool) {
	sub := op.Sub()
	var t []opInfo
	switch op.Prefix() {
	case 0:
		t = ops1[:]
	case PrefixMisc:
		t = opsMisc[:]
	case PrefixSIMD:
		t = opsSIMD[:]
	case PrefixThreads:
		t = opsAtom[:]
	default:
		return opInfo{}, false
	}
	if sub >= uint32(len(t)) || !t[sub].valid {
		return opInfo{}, false
	}
	return t[sub], true
}

// Feature is the refused proposal op belongs to, or "" if it is supported.
func (op Opcode) Feature() string {
	if op.Prefix() == PrefixGC {
		return FeatureGC
	}
	info, _ := lookup(op)
	return info.feature
}
