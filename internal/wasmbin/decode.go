package wasmbin

import "bytes"

// Limits enforced by Decode before anything large is allocated.
const (
	MaxEntries      = 1_000_000 // types, imports, functions, globals, exports, elements, data segments, codes
	MaxLocals       = 50_000    // declared locals of one function
	MaxBodySize     = 8 << 20   // bytes of one function body
	MaxSectionCount = 1_000     // sections, custom ones included
)

var magic = []byte{0x00, 0x61, 0x73, 0x6d}

// sectionRank orders the known sections as the spec requires; custom
// sections (rank 0) may appear anywhere.
func sectionRank(id byte) int {
	switch id {
	case SecCustom:
		return 0
	case SecType, SecImport, SecFunction, SecTable, SecMemory:
		return int(id)
	case SecTag:
		return 6
	case SecGlobal, SecExport, SecStart, SecElement:
		return int(id) + 1
	case SecDataCount:
		return 11
	case SecCode:
		return 12
	case SecData:
		return 13
	}
	return -1
}

// Decode checks the structure of a WebAssembly binary and decodes its
// sections. Errors are *Error (with the byte offset) or, for encodings of
// refused proposals it cannot decode further (GC types), *FeatureError.
func Decode(b []byte) (*Module, error) {
	if len(b) < 8 {
		return nil, errAt(0, ErrTruncated, "%d bytes is too short for a wasm module (need the 8-byte header)", len(b))
	}
	if !bytes.Equal(b[:4], magic) {
		return nil, errAt(0, ErrMalformed, "not a wasm module: the magic number \\0asm is missing")
	}
	if v := b[4:8]; !bytes.Equal(v, []byte{1, 0, 0, 0}) {
		return nil, errAt(4, ErrMalformed, "unsupported wasm binary version % x (want 01 00 00 00)", v)
	}
	m := &Module{raw: b}
	c := cursor{b: b, pos: 8, end: len(b)}
	lastRank := 0
	for c.pos < c.end {
		start := c.pos
		id, _ := c.byte()
		size, err := c.u32()
		if err != nil {
			return nil, err
		}
		if uint64(size) > uint64(c.left()) {
			return nil, errAt(start, ErrTruncated, "section %d declares %d bytes, only %d remain", id, size, c.left())
		}
		if len(m.Sections) >= MaxSectionCount {
			return nil, errAt(start, ErrLimit, "more than %d sections", MaxSectionCount)
		}
		sec := Section{ID: id, Start: start, PayloadStart: c.pos, End: c.pos + int(size)}
		rank := sectionRank(id)
		switch {
		case rank < 0:
			return nil, errAt(start, ErrMalformed, "unknown section id %d", id)
		case rank > 0 && rank <= lastRank:
			return nil, errAt(start, ErrMalformed, "section %d is duplicated or out of order", id)
		case rank > 0:
			lastRank = rank
		}
		sc := cursor{b: b, pos: sec.PayloadStart, end: sec.End}
		if id == SecCustom {
			if sec.Name, err = sc.name(); err != nil {
				return nil, err
			}
			sc.pos = sc.end
		} else if err := m.decodeSection(id, &sc); err != nil {
			return nil, err
		}
		if sc.pos != sc.end {
			return nil, errAt(sc.pos, ErrMalformed, "section %d has %d unread bytes at its end", id, sc.end-sc.pos)
		}
		m.Sections = append(m.Sections, sec)
		c.pos = sec.End
	}
	if len(m.Functions) != len(m.Codes) {
		return nil, errAt(len(b), ErrMalformed, "function section declares %d functions but code section has %d bodies", len(m.Functions), len(m.Codes))
	}
	if m.DataCount != nil && uint64(*m.DataCount) != uint64(len(m.Data)) {
		return nil, errAt(len(b), ErrMalformed, "data count section says %d segments, data section has %d", *m.DataCount, len(m.Data))
	}
	return m, nil
}

func (m *Module) decodeSection(id byte, c *cursor) error {
	switch id {
	case SecType:
		return m.decodeTypes(c)
	case SecImport:
		return m.decodeImports(c)
	case SecFunction:
		return m.decodeFunctions(c)
	case SecTable:
		return m.decodeTables(c)
	case SecMemory:
		return m.decodeMemories(c)
	case SecTag:
		return m.decodeTags(c)
	case SecGlobal:
		return m.decodeGlobals(c)
	case SecExport:
		return m.decodeExports(c)
	case SecStart:
		v, err := c.u32()
		m.Start = &v
		return err
	case SecElement:
		return m.decodeElements(c)
	case SecDataCount:
		v, err := c.u32()
		m.DataCount = &v
		return err
	case SecCode:
		return m.decodeCodes(c)
	case SecData:
		return m.decodeData(c)
	}
	return nil
}
