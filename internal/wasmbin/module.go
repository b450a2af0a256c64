// Package wasmbin decodes WebAssembly 2.0 binaries (core, bulk memory,
// reference types, fixed-width SIMD, multi-value) written from the spec, for
// the runtime's load check and the gas instrumenter. It checks structure, not
// types: validation is left to the engine. It is safe on hostile input:
// lengths are checked before anything is allocated and nothing panics.
package wasmbin

import "fmt"

// ExternKind is the kind of an import or export.
type ExternKind byte

// Extern kinds, as encoded in import and export descriptors.
const (
	KindFunc   ExternKind = 0
	KindTable  ExternKind = 1
	KindMemory ExternKind = 2
	KindGlobal ExternKind = 3
	KindTag    ExternKind = 4
)

func (k ExternKind) String() string {
	switch k {
	case KindFunc:
		return "func"
	case KindTable:
		return "table"
	case KindMemory:
		return "memory"
	case KindGlobal:
		return "global"
	case KindTag:
		return "tag"
	}
	return fmt.Sprintf("kind(%d)", byte(k))
}

// Value type bytes.
const (
	I32       byte = 0x7f
	I64       byte = 0x7e
	F32       byte = 0x7d
	F64       byte = 0x7c
	V128      byte = 0x7b
	FuncRef   byte = 0x70
	ExternRef byte = 0x6f
)

// Section IDs.
const (
	SecCustom    byte = 0
	SecType      byte = 1
	SecImport    byte = 2
	SecFunction  byte = 3
	SecTable     byte = 4
	SecMemory    byte = 5
	SecGlobal    byte = 6
	SecExport    byte = 7
	SecStart     byte = 8
	SecElement   byte = 9
	SecCode      byte = 10
	SecData      byte = 11
	SecDataCount byte = 12
	SecTag       byte = 13
)

// FuncType is a function signature: value type bytes of params and results.
type FuncType struct {
	Params, Results []byte
}

// Memory is a memory type. Shared and Memory64 are decoded so that
// CheckFeatures can refuse them.
type Memory struct {
	Min      uint64
	Max      *uint64
	Shared   bool
	Memory64 bool
}

// TableType is a table type: element reference type and limits.
type TableType struct {
	ElemType byte
	Min      uint64
	Max      *uint64
	Table64  bool
}

// GlobalType is the type of a global.
type GlobalType struct {
	ValType byte
	Mutable bool
}

// Import is one import; the field matching Kind is set.
type Import struct {
	Module, Name string
	Kind         ExternKind
	TypeIndex    uint32 // KindFunc and KindTag: the signature's type index
	Memory       *Memory
	Global       *GlobalType
	Table        *TableType
	Offset       int // byte offset of the import entry
}

// Export is one export.
type Export struct {
	Name  string
	Kind  ExternKind
	Index uint32
}

// Range is a half-open byte range [Start, End) of the module.
type Range struct {
	Start, End int
}

// Section is one section as it appears in the module.
type Section struct {
	ID           byte
	Start, End   int // the whole section, id and size included
	PayloadStart int
	Name         string // custom sections only
}

// Code is one function body.
type Code struct {
	Start, End int    // body bytes, locals included (after the body size)
	LocalsEnd  int    // where the instructions start
	NumLocals  uint64 // declared locals, parameters excluded
}

// Segment modes of element and data segments.
const (
	ModeActive      byte = 0
	ModePassive     byte = 1
	ModeDeclarative byte = 2
)

// Element is one element segment.
type Element struct {
	Mode     byte
	Table    uint32
	Offset   Range // active segments: the offset expression, end opcode included
	ElemType byte
	// Funcs holds function indices (flags 0–3); Exprs the init expressions (flags 4–7).
	Funcs []uint32
	Exprs []Range
}

// Data is one data segment.
type Data struct {
	Mode   byte
	Memory uint32
	Offset Range // active segments: the offset expression
	Init   Range // the bytes
}

// Module is a decoded module. Code bodies stay in the input bytes; read
// them with NewInstrReader.
type Module struct {
	Types       []FuncType
	Imports     []Import
	Functions   []uint32 // type index of each defined function
	Tables      []TableType
	Memories    []Memory
	Tags        []uint32 // type index of each defined tag (exceptions)
	Globals     []GlobalType
	GlobalInits []Range // init expression of each defined global, end opcode included
	Exports     []Export
	Start       *uint32
	Elements    []Element
	DataCount   *uint32
	Codes       []Code
	Data        []Data
	Sections    []Section

	numImported [5]uint32 // by ExternKind
	importFuncs []uint32  // type index of each imported function
	importGlobs []GlobalType
	raw         []byte // the bytes decoded
}

// Bytes returns the module bytes m was decoded from; offsets index them.
func (m *Module) Bytes() []byte { return m.raw }

// Body returns a reader over the instructions of defined function i
// (0 is the first defined function, after the imports).
func (m *Module) Body(i int) *InstrReader {
	c := m.Codes[i]
	return NewInstrReader(m.raw, c.LocalsEnd, c.End)
}

// NumImportedFuncs is the number of imported functions; defined functions
// follow them in the function index space.
func (m *Module) NumImportedFuncs() uint32 { return m.numImported[KindFunc] }

// NumImportedGlobals is the number of imported globals.
func (m *Module) NumImportedGlobals() uint32 { return m.numImported[KindGlobal] }

// NumImportedMemories is the number of imported memories.
func (m *Module) NumImportedMemories() uint32 { return m.numImported[KindMemory] }

// NumImportedTables is the number of imported tables.
func (m *Module) NumImportedTables() uint32 { return m.numImported[KindTable] }

// NumImportedTags is the number of imported tags.
func (m *Module) NumImportedTags() uint32 { return m.numImported[KindTag] }

// NumFuncs is the size of the function index space.
func (m *Module) NumFuncs() uint32 { return m.numImported[KindFunc] + uint32(len(m.Functions)) }

// NumGlobals is the size of the global index space.
func (m *Module) NumGlobals() uint32 { return m.numImported[KindGlobal] + uint32(len(m.Globals)) }

// FuncTypeIndex is the type index of a function in the function index space.
func (m *Module) FuncTypeIndex(funcIndex uint32) (uint32, error) {
	if funcIndex < uint32(len(m.importFuncs)) {
		return m.importFuncs[funcIndex], nil
	}
	d := uint64(funcIndex) - uint64(m.numImported[KindFunc])
	if funcIndex < m.numImported[KindFunc] || d >= uint64(len(m.Functions)) {
		return 0, fmt.Errorf("%w: function index %d out of range (module has %d functions)", ErrMalformed, funcIndex, m.NumFuncs())
	}
	return m.Functions[d], nil
}

// FuncType is the signature of a function in the function index space
// (imports first, then defined functions).
func (m *Module) FuncType(funcIndex uint32) (FuncType, error) {
	ti, err := m.FuncTypeIndex(funcIndex)
	if err != nil {
		return FuncType{}, err
	}
	if uint64(ti) >= uint64(len(m.Types)) {
		return FuncType{}, fmt.Errorf("%w: function %d uses type %d, module has %d types", ErrMalformed, funcIndex, ti, len(m.Types))
	}
	return m.Types[ti], nil
}

// GlobalType is the type of a global in the global index space.
func (m *Module) GlobalType(globalIndex uint32) (GlobalType, error) {
	if globalIndex < uint32(len(m.importGlobs)) {
		return m.importGlobs[globalIndex], nil
	}
	d := uint64(globalIndex) - uint64(m.numImported[KindGlobal])
	if globalIndex < m.numImported[KindGlobal] || d >= uint64(len(m.Globals)) {
		return GlobalType{}, fmt.Errorf("%w: global index %d out of range (module has %d globals)", ErrMalformed, globalIndex, m.NumGlobals())
	}
	return m.Globals[d], nil
}

// Section returns the first section with the given id, or nil.
func (m *Module) Section(id byte) *Section {
	for i := range m.Sections {
		if m.Sections[i].ID == id {
			return &m.Sections[i]
		}
	}
	return nil
}
