package wasmbin

import "io"

func readValType(c *cursor) (byte, error) {
	at := c.pos
	t, err := c.byte()
	if err != nil {
		return 0, err
	}
	switch t {
	case I32, I64, F32, F64, V128, FuncRef, ExternRef:
		return t, nil
	case 0x63, 0x64, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x71, 0x72, 0x73, 0x74:
		return 0, &FeatureError{Feature: FeatureGC, Detail: "GC or typed reference value type 0x" + hex(uint64(t))[2:] + " at byte " + hex(uint64(at))}
	}
	return 0, errAt(at, ErrMalformed, "invalid value type 0x%02x", t)
}

func readValTypes(c *cursor) ([]byte, error) {
	n, err := c.count("value types", MaxEntries, 1)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, nil
	}
	ts := make([]byte, n)
	for i := range ts {
		if ts[i], err = readValType(c); err != nil {
			return nil, err
		}
	}
	return ts, nil
}

func (m *Module) decodeTypes(c *cursor) error {
	n, err := c.count("types", MaxEntries, 3)
	if err != nil {
		return err
	}
	m.Types = make([]FuncType, n)
	for i := range m.Types {
		at := c.pos
		form, err := c.byte()
		if err != nil {
			return err
		}
		switch form {
		case 0x60:
		case 0x4e, 0x4f, 0x50, 0x5e, 0x5f:
			return &FeatureError{Feature: FeatureGC, Detail: "GC type definition 0x" + hex(uint64(form))[2:] + " in the type section at byte " + hex(uint64(at))}
		default:
			return errAt(at, ErrMalformed, "type %d: expected a function type (0x60), found 0x%02x", i, form)
		}
		if m.Types[i].Params, err = readValTypes(c); err != nil {
			return err
		}
		if m.Types[i].Results, err = readValTypes(c); err != nil {
			return err
		}
	}
	return nil
}

// readLimits reads limits; memory allows the shared (0x02) and 64-bit
// (0x04) flags, tables only the 64-bit one.
func readLimits(c *cursor, memory bool) (min uint64, max *uint64, shared, is64 bool, err error) {
	at := c.pos
	flags, err := c.byte()
	if err != nil {
		return
	}
	allowed := byte(0x05)
	if memory {
		allowed = 0x07
	}
	if flags&^allowed != 0 {
		err = errAt(at, ErrMalformed, "invalid limits flags 0x%02x", flags)
		return
	}
	shared, is64 = flags&0x02 != 0, flags&0x04 != 0
	read := c.u64
	if !is64 {
		read = func() (uint64, error) { v, e := c.u32(); return uint64(v), e }
	}
	if min, err = read(); err != nil {
		return
	}
	if flags&0x01 != 0 {
		var v uint64
		if v, err = read(); err != nil {
			return
		}
		max = &v
	}
	return
}

func readTableType(c *cursor) (TableType, error) {
	at := c.pos
	t, err := readValType(c)
	if err != nil {
		return TableType{}, err
	}
	if t != FuncRef && t != ExternRef {
		return TableType{}, errAt(at, ErrMalformed, "table element type 0x%02x is not a reference type", t)
	}
	min, max, _, is64, err := readLimits(c, false)
	return TableType{ElemType: t, Min: min, Max: max, Table64: is64}, err
}

func readMemory(c *cursor) (Memory, error) {
	min, max, shared, is64, err := readLimits(c, true)
	return Memory{Min: min, Max: max, Shared: shared, Memory64: is64}, err
}

func readGlobalType(c *cursor) (GlobalType, error) {
	t, err := readValType(c)
	if err != nil {
		return GlobalType{}, err
	}
	at := c.pos
	mut, err := c.byte()
	if err != nil {
		return GlobalType{}, err
	}
	if mut > 1 {
		return GlobalType{}, errAt(at, ErrMalformed, "global mutability must be 0 or 1, found %d", mut)
	}
	return GlobalType{ValType: t, Mutable: mut == 1}, nil
}

func (m *Module) decodeImports(c *cursor) error {
	n, err := c.count("imports", MaxEntries, 4)
	if err != nil {
		return err
	}
	m.Imports = make([]Import, n)
	for i := range m.Imports {
		im := &m.Imports[i]
		im.Offset = c.pos
		if im.Module, err = c.name(); err != nil {
			return err
		}
		if im.Name, err = c.name(); err != nil {
			return err
		}
		at := c.pos
		k, err := c.byte()
		if err != nil {
			return err
		}
		im.Kind = ExternKind(k)
		switch im.Kind {
		case KindFunc:
			im.TypeIndex, err = c.u32()
			if err == nil && uint64(im.TypeIndex) >= uint64(len(m.Types)) {
				return errAt(at, ErrMalformed, "import %q.%q uses type %d, module has %d types", im.Module, im.Name, im.TypeIndex, len(m.Types))
			}
		case KindTable:
			var t TableType
			t, err = readTableType(c)
			im.Table = &t
		case KindMemory:
			var mem Memory
			mem, err = readMemory(c)
			im.Memory = &mem
		case KindGlobal:
			var g GlobalType
			g, err = readGlobalType(c)
			im.Global = &g
		case KindTag:
			im.TypeIndex, err = readTag(c)
		default:
			return errAt(at, ErrMalformed, "import %q.%q has invalid kind %d", im.Module, im.Name, k)
		}
		if err != nil {
			return err
		}
		m.numImported[im.Kind]++
		switch im.Kind {
		case KindFunc:
			m.importFuncs = append(m.importFuncs, im.TypeIndex)
		case KindGlobal:
			m.importGlobs = append(m.importGlobs, *im.Global)
		}
	}
	return nil
}

func readTag(c *cursor) (uint32, error) {
	at := c.pos
	attr, err := c.byte()
	if err != nil {
		return 0, err
	}
	if attr != 0 {
		return 0, errAt(at, ErrMalformed, "tag attribute must be 0, found %d", attr)
	}
	return c.u32()
}

func (m *Module) decodeFunctions(c *cursor) error {
	n, err := c.count("functions", MaxEntries, 1)
	if err != nil {
		return err
	}
	m.Functions = make([]uint32, n)
	for i := range m.Functions {
		at := c.pos
		if m.Functions[i], err = c.u32(); err != nil {
			return err
		}
		if uint64(m.Functions[i]) >= uint64(len(m.Types)) {
			return errAt(at, ErrMalformed, "function %d uses type %d, module has %d types", i, m.Functions[i], len(m.Types))
		}
	}
	return nil
}

func (m *Module) decodeTables(c *cursor) error {
	n, err := c.count("tables", MaxEntries, 3)
	if err != nil {
		return err
	}
	m.Tables = make([]TableType, n)
	for i := range m.Tables {
		at := c.pos
		if c.left() > 0 && c.b[c.pos] == 0x40 {
			return &FeatureError{Feature: FeatureGC, Detail: "table with an initialiser expression at byte " + hex(uint64(at))}
		}
		if m.Tables[i], err = readTableType(c); err != nil {
			return err
		}
	}
	return nil
}

func (m *Module) decodeMemories(c *cursor) error {
	n, err := c.count("memories", MaxEntries, 2)
	if err != nil {
		return err
	}
	m.Memories = make([]Memory, n)
	for i := range m.Memories {
		if m.Memories[i], err = readMemory(c); err != nil {
			return err
		}
	}
	return nil
}

func (m *Module) decodeTags(c *cursor) error {
	n, err := c.count("tags", MaxEntries, 2)
	if err != nil {
		return err
	}
	m.Tags = make([]uint32, n)
	for i := range m.Tags {
		if m.Tags[i], err = readTag(c); err != nil {
			return err
		}
	}
	return nil
}

// constExpr skips a constant expression and returns its range, end included.
func constExpr(c *cursor) (Range, error) {
	r := InstrReader{c: *c}
	var in Instr
	depth := 0
	for {
		err := r.Next(&in)
		if err == io.EOF {
			return Range{}, errAt(c.pos, ErrTruncated, "constant expression has no end")
		}
		if err != nil {
			return Range{}, err
		}
		switch in.Op {
		case OpBlock, OpLoop, OpIf:
			depth++
		case OpEnd:
			if depth == 0 {
				rg := Range{Start: c.pos, End: in.End}
				c.pos = in.End
				return rg, nil
			}
			depth--
		}
	}
}

func (m *Module) decodeGlobals(c *cursor) error {
	n, err := c.count("globals", MaxEntries, 3)
	if err != nil {
		return err
	}
	m.Globals = make([]GlobalType, n)
	m.GlobalInits = make([]Range, n)
	for i := range m.Globals {
		if m.Globals[i], err = readGlobalType(c); err != nil {
			return err
		}
		if m.GlobalInits[i], err = constExpr(c); err != nil {
			return err
		}
	}
	return nil
}

func (m *Module) decodeExports(c *cursor) error {
	n, err := c.count("exports", MaxEntries, 3)
	if err != nil {
		return err
	}
	m.Exports = make([]Export, n)
	for i := range m.Exports {
		e := &m.Exports[i]
		if e.Name, err = c.name(); err != nil {
			return err
		}
		at := c.pos
		k, err := c.byte()
		if err != nil {
			return err
		}
		if k > byte(KindTag) {
			return errAt(at, ErrMalformed, "export %q has invalid kind %d", e.Name, k)
		}
		e.Kind = ExternKind(k)
		if e.Index, err = c.u32(); err != nil {
			return err
		}
	}
	return nil
}

func (m *Module) decodeElements(c *cursor) error {
	n, err := c.count("element segments", MaxEntries, 2)
	if err != nil {
		return err
	}
	m.Elements = make([]Element, n)
	for i := range m.Elements {
		e := &m.Elements[i]
		at := c.pos
		flags, err := c.u32()
		if err != nil {
			return err
		}
		if flags > 7 {
			return errAt(at, ErrMalformed, "element segment %d has invalid flags %d", i, flags)
		}
		e.ElemType = FuncRef
		switch {
		case flags&1 == 0:
			e.Mode = ModeActive
		case flags&2 == 0:
			e.Mode = ModePassive
		default:
			e.Mode = ModeDeclarative
		}
		if e.Mode == ModeActive {
			if flags&2 != 0 {
				if e.Table, err = c.u32(); err != nil {
					return err
				}
			}
			if e.Offset, err = constExpr(c); err != nil {
				return err
			}
		}
		exprs := flags&4 != 0
		if flags&3 != 0 { // an explicit element kind or reference type
			kat := c.pos
			if exprs {
				if e.ElemType, err = readValType(c); err != nil {
					return err
				}
			} else {
				k, err := c.byte()
				if err != nil {
					return err
				}
				if k != 0 {
					return errAt(kat, ErrMalformed, "element kind must be 0 (funcref), found %d", k)
				}
			}
		}
		if exprs {
			cnt, err := c.count("element expressions", MaxEntries, 2)
			if err != nil {
				return err
			}
			e.Exprs = make([]Range, cnt)
			for j := range e.Exprs {
				if e.Exprs[j], err = constExpr(c); err != nil {
					return err
				}
			}
		} else {
			cnt, err := c.count("element functions", MaxEntries, 1)
			if err != nil {
				return err
			}
			e.Funcs = make([]uint32, cnt)
			for j := range e.Funcs {
				if e.Funcs[j], err = c.u32(); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func (m *Module) decodeData(c *cursor) error {
	n, err := c.count("data segments", MaxEntries, 2)
	if err != nil {
		return err
	}
	m.Data = make([]Data, n)
	for i := range m.Data {
		d := &m.Data[i]
		at := c.pos
		flags, err := c.u32()
		if err != nil {
			return err
		}
		switch flags {
		case 0, 2:
			if flags == 2 {
				if d.Memory, err = c.u32(); err != nil {
					return err
				}
			}
			if d.Offset, err = constExpr(c); err != nil {
				return err
			}
		case 1:
			d.Mode = ModePassive
		default:
			return errAt(at, ErrMalformed, "data segment %d has invalid flags %d", i, flags)
		}
		size, err := c.u32()
		if err != nil {
			return err
		}
		start := c.pos
		if _, err := c.bytes(uint64(size)); err != nil {
			return err
		}
		d.Init = Range{Start: start, End: c.pos}
	}
	return nil
}
