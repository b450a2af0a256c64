package wasmbin

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDecodeBasic(t *testing.T) {
	b := readTestdata(t, "basic.wasm")
	m, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Types) != 4 || len(m.Imports) != 4 || len(m.Functions) != 5 || len(m.Codes) != 5 {
		t.Fatalf("types %d imports %d funcs %d codes %d", len(m.Types), len(m.Imports), len(m.Functions), len(m.Codes))
	}
	if got := m.NumImportedFuncs(); got != 1 {
		t.Errorf("NumImportedFuncs = %d", got)
	}
	if m.NumImportedGlobals() != 1 || m.NumImportedMemories() != 1 || m.NumImportedTables() != 1 {
		t.Errorf("imported globals/memories/tables = %d/%d/%d", m.NumImportedGlobals(), m.NumImportedMemories(), m.NumImportedTables())
	}
	mem := m.Imports[3].Memory
	if mem == nil || mem.Min != 1 || mem.Max == nil || *mem.Max != 4 || mem.Shared || mem.Memory64 {
		t.Errorf("imported memory = %+v", mem)
	}
	if g := m.Imports[1].Global; g == nil || g.ValType != I64 || !g.Mutable {
		t.Errorf("imported global = %+v", g)
	}
	ft, err := m.FuncType(1)
	if err != nil || string(ft.Params) != string([]byte{I32}) || string(ft.Results) != string([]byte{I32, I64}) {
		t.Errorf("FuncType(1) = %+v, %v", ft, err)
	}
	ft, err = m.FuncType(0)
	if err != nil || string(ft.Results) != string([]byte{I32}) {
		t.Errorf("FuncType(0) = %+v, %v", ft, err)
	}
	if _, err := m.FuncType(6); !errors.Is(err, ErrMalformed) {
		t.Errorf("FuncType(6) err = %v", err)
	}
	if g, err := m.GlobalType(0); err != nil || g.ValType != I64 {
		t.Errorf("GlobalType(0) = %+v, %v", g, err)
	}
	if g, err := m.GlobalType(2); err != nil || g.ValType != F64 || g.Mutable {
		t.Errorf("GlobalType(2) = %+v, %v", g, err)
	}
	if m.Start == nil || *m.Start != 5 {
		t.Errorf("start = %v", m.Start)
	}
	if m.DataCount == nil || *m.DataCount != 2 {
		t.Errorf("data count = %v", m.DataCount)
	}
	if len(m.Elements) != 4 || m.Elements[0].Mode != ModePassive || m.Elements[2].Mode != ModeDeclarative || len(m.Elements[3].Exprs) != 2 {
		t.Errorf("elements = %+v", m.Elements)
	}
	if len(m.Data) != 2 || string(b[m.Data[0].Init.Start:m.Data[0].Init.End]) != "abc" || m.Data[1].Mode != ModeActive {
		t.Errorf("data = %+v", m.Data)
	}
	if len(m.Exports) != 3 || m.Exports[0].Name != "ctl" || m.Exports[0].Index != 2 || m.Exports[1].Kind != KindGlobal {
		t.Errorf("exports = %+v", m.Exports)
	}
	if m.Codes[0].NumLocals != 5 {
		t.Errorf("locals of func 1 = %d", m.Codes[0].NumLocals)
	}
	for i, c := range m.Codes {
		if b[c.End-1] != 0x0b || c.LocalsEnd <= c.Start || c.End > len(b) {
			t.Errorf("code %d range %+v", i, c)
		}
	}
	last := m.Sections[len(m.Sections)-1]
	if last.End != len(b) || m.Sections[0].Start != 8 {
		t.Errorf("sections %+v", m.Sections)
	}
	if err := m.CheckFeatures(); err != nil {
		t.Errorf("CheckFeatures: %v", err)
	}
}

func TestDecodeCustomSections(t *testing.T) {
	b := module(
		section(SecCustom, cat(vec(4, []byte("name")...), []byte{1, 2, 3})...),
		section(SecType, vec(1, 0x60, 0, 0)...),
		section(SecCustom, vec(3, []byte("abc")...)...),
	)
	m, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Sections) != 3 || m.Sections[0].Name != "name" || m.Sections[2].Name != "abc" || m.Sections[1].ID != SecType {
		t.Fatalf("sections = %+v", m.Sections)
	}
	if s := m.Sections[0]; s.Start != 8 || s.PayloadStart != 10 || s.End != 10+8 {
		t.Errorf("custom section range = %+v", s)
	}
}

func TestDecodeErrors(t *testing.T) {
	typeSec := section(SecType, vec(1, 0x60, 0, 0)...)
	tests := []struct {
		name string
		in   []byte
		err  error
		msg  string
	}{
		{"empty", nil, ErrTruncated, "too short"},
		{"bad magic", []byte("\x00wasm\x01\x00\x00\x00"), ErrMalformed, "magic"},
		{"bad version", []byte{0, 'a', 's', 'm', 2, 0, 0, 0}, ErrMalformed, "version"},
		{"section past end", module([]byte{1, 10, 0}), ErrTruncated, "declares 10 bytes"},
		{"unknown section", module(section(14)), ErrMalformed, "unknown section id 14"},
		{"duplicate section", module(typeSec, typeSec), ErrMalformed, "out of order"},
		{"out of order", module(section(SecFunction, 0), typeSec), ErrMalformed, "out of order"},
		{"trailing bytes in section", module(section(SecType, 1, 0x60, 0, 0, 0)), ErrMalformed, "unread bytes"},
		{"bad func type form", module(section(SecType, 1, 0x61, 0, 0)), ErrMalformed, "expected a function type"},
		{"bad value type", module(section(SecType, 1, 0x60, 1, 0x01, 0)), ErrMalformed, "invalid value type"},
		{"too many types", module(section(SecType, cat(uleb(1_000_001), []byte{0x60})...)), ErrLimit, "limit"},
		{"count beyond bytes", module(section(SecType, cat(uleb(100_000), []byte{0x60, 0, 0})...)), ErrTruncated, "cannot fit"},
		{"function without code", module(typeSec, section(SecFunction, 1, 0)), ErrMalformed, "code section has 0"},
		{"body over 8 MiB", module(typeSec, section(SecFunction, 1, 0), section(SecCode, cat([]byte{1}, uleb(MaxBodySize+1))...)), ErrLimit, "over the limit"},
		{"body without end", funcModule([]byte{0, 0x01}), ErrMalformed, "does not end"},
		{"name not utf8", module(section(SecCustom, 2, 0xff, 0xfe)), ErrMalformed, "UTF-8"},
		{"bad import kind", module(section(SecImport, 1, 1, 'a', 1, 'b', 9)), ErrMalformed, "invalid kind 9"},
		{"bad limits flag", module(section(SecMemory, 1, 0x08, 1)), ErrMalformed, "limits flags"},
		{"bad mutability", module(section(SecGlobal, 1, 0x7f, 2, 0x41, 0, 0x0b)), ErrMalformed, "mutability"},
		{"const expr without end", module(section(SecGlobal, 1, 0x7f, 0, 0x41, 0)), ErrTruncated, "no end"},
		{"unknown opcode in const expr", module(section(SecGlobal, 1, 0x7f, 0, 0xff, 0x0b)), ErrUnknownOpcode, "0xff"},
		{"bad data flags", module(section(SecData, 1, 3, 0)), ErrMalformed, "invalid flags 3"},
		{"bad elem flags", module(section(SecElement, 1, 8, 0)), ErrMalformed, "invalid flags 8"},
		{"data count mismatch", module(section(SecDataCount, 1)), ErrMalformed, "data count"},
		{"leb overflow", module(section(SecType, 0xff, 0xff, 0xff, 0xff, 0x7f)), ErrMalformed, "overflows"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode(tt.in)
			if !errors.Is(err, tt.err) {
				t.Fatalf("err = %v, want %v", err, tt.err)
			}
			var de *Error
			if !errors.As(err, &de) {
				t.Fatalf("err %T is not *Error", err)
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Fatalf("err %q does not mention %q", err, tt.msg)
			}
		})
	}
}

// TestDecodeLocalsBomb: a ~30-byte module declaring 2^30 locals is refused
// without allocating anything large.
func TestDecodeLocalsBomb(t *testing.T) {
	tests := []struct {
		name string
		body []byte
	}{
		{"one entry of 2^30", []byte{1, 0x80, 0x80, 0x80, 0x80, 0x04, 0x7f, 0x0b}},
		{"two entries of 2^32-1", []byte{2, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x7f, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x7e, 0x0b}},
		{"50001 in two entries", cat([]byte{2}, uleb(50_000), []byte{0x7f}, uleb(1), []byte{0x7f, 0x0b})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := funcModule(tt.body)
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			_, err := Decode(b)
			runtime.ReadMemStats(&after)
			if !errors.Is(err, ErrLimit) || !strings.Contains(err.Error(), "locals") {
				t.Fatalf("err = %v, want a locals limit error", err)
			}
			if d := after.TotalAlloc - before.TotalAlloc; d > 64<<10 {
				t.Fatalf("decoding allocated %d bytes", d)
			}
		})
	}
	if _, err := Decode(funcModule(cat([]byte{1}, uleb(MaxLocals), []byte{0x7f, 0x0b}))); err != nil {
		t.Fatalf("exactly %d locals refused: %v", MaxLocals, err)
	}
}
