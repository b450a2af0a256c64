package wasmbin

import (
	"errors"
	"fmt"
	"io"
	"strconv"
)

// CheckFeatures refuses modules that use a proposal the runtime does not
// run deterministically or at all: threads, relaxed SIMD, memory64,
// multi-memory, exceptions, tail calls and GC / typed function references.
// The *FeatureError names the feature and where it was found. Unknown
// opcodes are reported as *Error.
func (m *Module) CheckFeatures() error {
	if err := m.CheckFeaturesOutsideCode(); err != nil {
		return err
	}
	r := &InstrReader{}
	var in Instr
	for i, c := range m.Codes {
		if err := checkBody(r, &in, m.raw, c.LocalsEnd, c.End, FuncWhere(m.NumImportedFuncs()+uint32(i))); err != nil {
			return err
		}
	}
	return nil
}

// CheckFeaturesOutsideCode is CheckFeatures without the function bodies,
// for a caller that reads every body anyway and checks each instruction
// with Instr.CheckFeature (the instrumenter: one pass instead of two).
func (m *Module) CheckFeaturesOutsideCode() error {
	b := m.raw
	if err := m.checkDeclarations(); err != nil {
		return err
	}
	r := &InstrReader{}
	var in Instr
	for i := range m.Elements {
		for _, e := range m.Elements[i].Exprs {
			if err := checkBody(r, &in, b, e.Start, e.End, fmt.Sprintf("element segment %d", i)); err != nil {
				return err
			}
		}
	}
	for i, g := range m.GlobalInits {
		if err := checkBody(r, &in, b, g.Start, g.End, fmt.Sprintf("global %d", m.NumImportedGlobals()+uint32(i))); err != nil {
			return err
		}
	}
	return nil
}

// FuncWhere names function fn (an index in the function index space) in
// the errors of CheckFeatures and WithWhere.
func FuncWhere(fn uint32) string { return "function " + strconv.FormatUint(uint64(fn), 10) }

// WithWhere prefixes where (e.g. FuncWhere(fn)) to the place an error of
// InstrReader.Next or Instr.CheckFeature names, keeping its type.
func WithWhere(err error, where string) error {
	var fe *FeatureError
	if errors.As(err, &fe) {
		return &FeatureError{Feature: fe.Feature, Detail: where + ": " + fe.Detail}
	}
	return fmt.Errorf("%s: %w", where, err)
}

type placedMemory struct {
	mem   Memory
	where string
}

type placedTable struct {
	t     TableType
	where string
}

func (m *Module) checkDeclarations() error {
	if n := len(m.Memories) + int(m.NumImportedMemories()); n > 1 {
		return &FeatureError{Feature: FeatureMultiMemory, Detail: fmt.Sprintf("the module has %d memories (%d imported); at most one is allowed", n, m.NumImportedMemories())}
	}
	var mems []placedMemory
	var tables []placedTable
	for _, im := range m.Imports {
		where := fmt.Sprintf("import %q.%q", im.Module, im.Name)
		switch im.Kind {
		case KindTag:
			return &FeatureError{Feature: FeatureExceptions, Detail: where + " imports a tag"}
		case KindMemory:
			mems = append(mems, placedMemory{*im.Memory, "imported memory " + where})
		case KindTable:
			tables = append(tables, placedTable{*im.Table, "imported table " + where})
		}
	}
	for i, mem := range m.Memories {
		mems = append(mems, placedMemory{mem, fmt.Sprintf("memory %d of the memory section", i)})
	}
	for _, x := range mems {
		if x.mem.Shared {
			return &FeatureError{Feature: FeatureThreads, Detail: x.where + " is shared"}
		}
		if x.mem.Memory64 {
			return &FeatureError{Feature: FeatureMemory64, Detail: x.where + " is 64-bit (limits flag 0x04)"}
		}
	}
	for i, t := range m.Tables {
		tables = append(tables, placedTable{t, fmt.Sprintf("table %d of the table section", i)})
	}
	for _, x := range tables {
		if x.t.Table64 {
			return &FeatureError{Feature: FeatureMemory64, Detail: x.where + " is 64-bit (limits flag 0x04)"}
		}
	}
	if len(m.Tags) > 0 {
		s := m.Section(SecTag)
		return &FeatureError{Feature: FeatureExceptions, Detail: fmt.Sprintf("tag section (id 13) at byte 0x%x", s.Start)}
	}
	for _, e := range m.Exports {
		if e.Kind == KindTag {
			return &FeatureError{Feature: FeatureExceptions, Detail: fmt.Sprintf("export %q is a tag", e.Name)}
		}
	}
	for i, d := range m.Data {
		if d.Memory != 0 {
			return &FeatureError{Feature: FeatureMultiMemory, Detail: fmt.Sprintf("data segment %d targets memory %d", i, d.Memory)}
		}
	}
	return nil
}

// checkBody scans the instructions in b[start:end] for refused features.
func checkBody(r *InstrReader, in *Instr, b []byte, start, end int, where string) error {
	r.Reset(b, start, end)
	for {
		err := r.Next(in)
		if err == io.EOF {
			return nil
		}
		if err == nil {
			err = in.CheckFeature()
		}
		if err != nil {
			return WithWhere(err, where)
		}
	}
}

// CheckFeature returns a *FeatureError if in, as decoded by
// InstrReader.Next, belongs to a refused proposal (see CheckFeatures) or
// names a memory only multi-memory or memory64 allow.
func (in *Instr) CheckFeature() error {
	info := in.info
	if f := info.feature; f != "" || in.Op.Prefix() == PrefixGC {
		if f == "" {
			f = FeatureGC
		}
		return &FeatureError{Feature: f, Detail: fmt.Sprintf("opcode %s at byte 0x%x", in.Op, in.Start)}
	}
	if f, what := memoryUse(in, info); f != "" {
		return &FeatureError{Feature: f, Detail: fmt.Sprintf("opcode %s at byte 0x%x %s", in.Op, in.Start, what)}
	}
	return nil
}

// memoryUse reports a memory immediate that needs multi-memory or memory64.
func memoryUse(in *Instr, info opInfo) (feature, what string) {
	switch {
	case info.imm == immMemarg || info.imm == immMemargLane:
		if in.Memarg.ExplicitMemory {
			return FeatureMultiMemory, fmt.Sprintf("names memory %d explicitly", in.Memarg.Memory)
		}
		if in.Memarg.Offset > 0xffffffff {
			return FeatureMemory64, fmt.Sprintf("has a 64-bit offset %d", in.Memarg.Offset)
		}
	case in.Op == OpMemorySize || in.Op == OpMemoryGrow || in.Op == OpMemoryFill:
		if in.Index != 0 {
			return FeatureMultiMemory, fmt.Sprintf("uses memory %d", in.Index)
		}
	case in.Op == OpMemoryCopy:
		if in.Index != 0 || in.Index2 != 0 {
			return FeatureMultiMemory, fmt.Sprintf("copies between memories %d and %d", in.Index, in.Index2)
		}
	case in.Op == OpMemoryInit:
		if in.Index2 != 0 {
			return FeatureMultiMemory, fmt.Sprintf("uses memory %d", in.Index2)
		}
	}
	return "", ""
}
