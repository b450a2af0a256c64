package meter

import (
	"errors"
	"fmt"
	"github.com/decentralized-ml/dml/gas"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/internal/wasmbin"
)

// ExportStart is the export under which Instrument re-exports the function
// of a module's start section, which it removes: the host must set dml_gas
// first, then call it (before _initialize).
const ExportStart = abi.ExportStart

// ExportDepth is the mutable i32 global Instrument adds: the current call
// depth. A trap with dml_depth = DepthExhausted is a stack_exhausted ending.
const ExportDepth = abi.ExportDepth

// DepthExhausted is the value of dml_depth after a call went deeper than
// Schedule.MaxDepth (read as int32).
const DepthExhausted int32 = -1

// MaxDepthLimit bounds Schedule.MaxDepth below wazero's interpreter
// ceiling of 2,000 frames, so the limit is ours on every engine.
const MaxDepthLimit = 1900

// Errors of Instrument.
var (
	// ErrInvalidModule: the input does not decode, or uses a refused feature.
	ErrInvalidModule = errors.New("meter: module cannot be instrumented")
	// ErrNameTaken: the module already exports dml_gas, dml_depth or dml_start.
	ErrNameTaken = errors.New("meter: module already uses a reserved export name")
)

// checkSchedule checks t's numbers, and that its depth limit is below
// what every engine supports.
func checkSchedule(t *gas.Schedule) error {
	if err := t.Validate(); err != nil {
		return err
	}
	if t.MaxDepth > MaxDepthLimit {
		return fmt.Errorf("%w: MaxDepth %d must be 1..%d", gas.ErrInvalid, t.MaxDepth, MaxDepthLimit)
	}
	return nil
}

// Instrument returns wasm rewritten to meter itself against the exported
// mutable i64 global abi.ExportGas (gas left; -1 after running out) and to
// count its call depth in the exported mutable i32 global ExportDepth
// (DepthExhausted after going deeper than t.MaxDepth). It adds no imports
// and shifts no index: it appends two globals and their exports, meters
// every body, canonicalises NaNs where their bits become observable
// (NAN.md), and moves a start function to the export ExportStart. Where it
// can (depthMode), each function takes its depth as an extra parameter:
// their signatures are appended to the type section, and the host enters
// through wrapper functions appended after the module's. It may append
// block types. Other sections, custom ones included, are copied byte for
// byte (a name section's local names past the params then name the local
// after). Indices that would only become valid by what it appends are
// refused.
func Instrument(wasm []byte, t *gas.Schedule) ([]byte, error) {
	if err := checkSchedule(t); err != nil {
		return nil, err
	}
	m, err := wasmbin.Decode(wasm)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInvalidModule, err)
	}
	// Bodies are checked instruction by instruction as they are metered.
	if err := m.CheckFeaturesOutsideCode(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInvalidModule, err)
	}
	for _, e := range m.Exports {
		if e.Name == abi.ExportGas || e.Name == ExportDepth || e.Name == ExportStart {
			return nil, fmt.Errorf("%w: %q; rename that export", ErrNameTaken, e.Name)
		}
	}
	if err := checkModuleIndices(m); err != nil {
		return nil, err
	}
	out, err := instrument(m, t, chooseDepthMode(m))
	if errors.Is(err, errDepthGlobal) {
		out, err = instrument(m, t, depthGlobal)
	}
	return out, err
}

// instrument is Instrument after the checks, with the depth counted the
// way mode says.
func instrument(m *wasmbin.Module, t *gas.Schedule, mode depthMode) ([]byte, error) {
	wasm := m.Bytes()
	gasIndex := m.NumGlobals()
	ch := charger{gas: appendUleb(nil, uint64(gasIndex)), depth: appendUleb(nil, uint64(gasIndex)+1), maxDepth: int64(t.MaxDepth), t: t}
	bt := newAddedTypes(m)
	wrappers := newExportWrappers(m)
	sigs := m.Functions // each defined function's type (depthParam: with the depth)
	if mode == depthParam {
		sigs = make([]uint32, len(m.Functions))
		for i, ti := range m.Functions {
			sigs[i] = bt.depthParam(ti)
		}
	}

	var code []byte // the code section's payload, built before the type section is written
	if sec := m.Section(wasmbin.SecCode); sec != nil {
		var err error
		if code, err = instrumentCode(m, t, ch, bt, wrappers, mode, sec.End-sec.PayloadStart); err != nil {
			return nil, err
		}
	}
	out := make([]byte, 0, len(wasm)+len(code)+256)
	out = append(out, wasm[:8]...)
	wroteGlobal, wroteExport := false, false
	var payload []byte
	emit := func(id byte, p []byte) {
		out = append(out, id)
		out = appendUleb(out, uint64(len(p)))
		out = append(out, p...)
	}
	addGlobal := func(existing []byte) {
		payload = appendUleb(payload[:0], uint64(len(m.Globals))+2)
		payload = append(payload, existing...)
		payload = append(payload, 0x7e, 0x01, 0x42, 0x00, 0x0b) // dml_gas: mut i64 = 0
		payload = append(payload, 0x7f, 0x01, 0x41, 0x00, 0x0b) // dml_depth: mut i32 = 0
		emit(wasmbin.SecGlobal, payload)
		wroteGlobal = true
	}
	addExport := func(existing []byte) {
		n := uint64(len(m.Exports)) + 2
		if m.Start != nil {
			n++
		}
		payload = appendUleb(payload[:0], n)
		if len(wrappers.funcs) == 0 {
			payload = append(payload, existing...)
		} else {
			for _, e := range m.Exports {
				payload = appendName(payload, e.Name)
				payload = append(payload, byte(e.Kind))
				if e.Kind == wasmbin.KindFunc {
					e.Index = wrappers.entry(e.Index)
				}
				payload = appendUleb(payload, uint64(e.Index))
			}
		}
		payload = appendName(payload, abi.ExportGas)
		payload = append(payload, byte(wasmbin.KindGlobal))
		payload = appendUleb(payload, uint64(gasIndex))
		payload = appendName(payload, ExportDepth)
		payload = append(payload, byte(wasmbin.KindGlobal))
		payload = appendUleb(payload, uint64(gasIndex)+1)
		if m.Start != nil {
			payload = appendName(payload, ExportStart)
			payload = append(payload, byte(wasmbin.KindFunc))
			payload = appendUleb(payload, uint64(wrappers.entry(*m.Start)))
		}
		emit(wasmbin.SecExport, payload)
		wroteExport = true
	}
	globalAt, exportAt := insertAt(m, wasmbin.SecGlobal), insertAt(m, wasmbin.SecExport)
	for i, sec := range m.Sections {
		if !wroteGlobal && i == globalAt {
			addGlobal(nil)
		}
		if !wroteExport && i == exportAt {
			addExport(nil)
		}
		switch sec.ID {
		case wasmbin.SecType:
			if len(bt.added) == 0 {
				out = append(out, wasm[sec.Start:sec.End]...)
				break
			}
			payload = appendUleb(payload[:0], uint64(len(m.Types)+len(bt.added)))
			payload = append(payload, wasm[afterCount(wasm, sec.PayloadStart):sec.End]...)
			for _, ft := range bt.added {
				payload = appendType(payload, ft)
			}
			emit(wasmbin.SecType, payload)
		case wasmbin.SecFunction:
			if mode != depthParam && len(wrappers.funcs) == 0 {
				out = append(out, wasm[sec.Start:sec.End]...)
				break
			}
			payload = appendUleb(payload[:0], uint64(len(m.Functions)+len(wrappers.funcs)))
			for _, ti := range sigs {
				payload = appendUleb(payload, uint64(ti))
			}
			payload = wrappers.appendTypes(payload, m)
			emit(wasmbin.SecFunction, payload)
		case wasmbin.SecGlobal:
			addGlobal(wasm[afterCount(wasm, sec.PayloadStart):sec.End])
		case wasmbin.SecExport:
			addExport(wasm[afterCount(wasm, sec.PayloadStart):sec.End])
		case wasmbin.SecStart:
			// moved to the ExportStart export
		case wasmbin.SecCode:
			emit(wasmbin.SecCode, code)
		default:
			out = append(out, wasm[sec.Start:sec.End]...)
		}
	}
	if !wroteGlobal {
		addGlobal(nil)
	}
	if !wroteExport {
		addExport(nil)
	}
	return out, nil
}

// instrumentCode returns the payload of the metered code section: the
// module's bodies, the depth counted the way mode says, then the bodies of
// the wrappers.
func instrumentCode(m *wasmbin.Module, t *gas.Schedule, ch charger, bt *addedTypes, wrappers *exportWrappers, mode depthMode, size int) ([]byte, error) {
	r := &bodyRewriter{m: m, t: t, ch: ch, types: bt, depth: mode,
		numGlobals: m.NumGlobals(), numFuncs: m.NumFuncs(), numTypes: uint32(len(m.Types)), numImportedFuncs: m.NumImportedFuncs()}
	for op := range r.cost1 {
		r.cost1[op] = cost(t, wasmbin.Opcode(op))
	}
	count := uint64(len(m.Codes)) + uint64(len(wrappers.funcs))
	out := make([]byte, 0, 2*size+16)
	out = appendUleb(out, count)
	var body []byte
	for i, code := range m.Codes {
		fn := m.NumImportedFuncs() + uint32(i)
		var err error
		body, err = r.rewrite(body[:0], fn, code)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrInvalidModule, wasmbin.WithWhere(err, wasmbin.FuncWhere(fn)))
		}
		out = appendUleb(out, uint64(len(body)))
		out = append(out, body...)
	}
	return wrappers.appendBodies(out, m, &ch, mode), nil
}

// insertAt is the index in m.Sections before which a missing section id
// goes: just after the last known section that must precede it, so custom
// sections that follow that one stay after the known sections they followed.
func insertAt(m *wasmbin.Module, id byte) int {
	if m.Section(id) != nil {
		return -1
	}
	at := 0
	for i, s := range m.Sections {
		if s.ID != wasmbin.SecCustom && rank(s.ID) < rank(id) {
			at = i + 1
		}
	}
	return at
}

func appendName(b []byte, s string) []byte {
	b = appendUleb(b, uint64(len(s)))
	return append(b, s...)
}

// afterCount skips the vector count at the start of a section payload.
func afterCount(b []byte, p int) int {
	for b[p] >= 0x80 {
		p++
	}
	return p + 1
}

// rank orders known sections as the binary format requires.
func rank(id byte) int {
	switch id {
	case wasmbin.SecTag:
		return 6
	case wasmbin.SecGlobal, wasmbin.SecExport, wasmbin.SecStart, wasmbin.SecElement:
		return int(id) + 1
	case wasmbin.SecDataCount:
		return 11
	case wasmbin.SecCode:
		return 12
	case wasmbin.SecData:
		return 13
	}
	return int(id)
}
