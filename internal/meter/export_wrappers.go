package meter

import "github.com/decentralized-ml/dml/internal/wasmbin"

// exportWrappers are the functions through which the host enters a
// metered module: one per exported defined function (and the start
// function), of the function's original type. A wrapper calls its function
// (under depthParam with the depth in dml_depth, 0 unless a run went too
// deep), then ends the run out of gas if the counter went below 0 after the
// last check (COSTS.md, "Checked charges"), so that no call from the host
// returns with the gas spent. They are appended after the module's
// functions, so no index shifts; they charge nothing.
type exportWrappers struct {
	first   uint32            // function index of the first wrapper
	wrapper map[uint32]uint32 // function index → its wrapper's
	funcs   []uint32          // the wrapped functions, in wrapper order
}

func newExportWrappers(m *wasmbin.Module) *exportWrappers {
	w := &exportWrappers{first: m.NumFuncs(), wrapper: map[uint32]uint32{}}
	add := func(f uint32) {
		if f < m.NumImportedFuncs() {
			return // a host function: entered as it is
		}
		if _, ok := w.wrapper[f]; !ok {
			w.wrapper[f] = w.first + uint32(len(w.funcs))
			w.funcs = append(w.funcs, f)
		}
	}
	for _, e := range m.Exports {
		if e.Kind == wasmbin.KindFunc {
			add(e.Index)
		}
	}
	if m.Start != nil {
		add(*m.Start)
	}
	return w
}

// entry is the function the host should call for function f.
func (w *exportWrappers) entry(f uint32) uint32 {
	if i, ok := w.wrapper[f]; ok {
		return i
	}
	return f
}

// appendTypes appends the function section entries of the wrappers: the
// wrapped functions' original type indices.
func (w *exportWrappers) appendTypes(b []byte, m *wasmbin.Module) []byte {
	for _, f := range w.funcs {
		t, _ := m.FuncTypeIndex(f) // checked by checkModuleIndices
		b = appendUleb(b, uint64(t))
	}
	return b
}

// appendBodies appends the code section entries of the wrappers, sizes
// included: local.get of each param, under depthParam global.get
// dml_depth, call, the check that dml_gas >=s 0, end.
func (w *exportWrappers) appendBodies(b []byte, m *wasmbin.Module, ch *charger, mode depthMode) []byte {
	var body []byte
	for _, f := range w.funcs {
		ft, _ := m.FuncType(f)
		body = append(body[:0], 0) // no locals
		for i := range ft.Params {
			body = append(body, opLocalGet)
			body = appendUleb(body, uint64(i))
		}
		if mode == depthParam {
			body = append(body, opGlobalGet)
			body = append(body, ch.depth...)
		}
		body = append(body, byte(wasmbin.OpCall))
		body = appendUleb(body, uint64(f))
		body = append(body, opGlobalGet)
		body = ch.unlessBelow(append(body, ch.gas...), 0)
		body = append(body, opEnd)
		b = appendUleb(b, uint64(len(body)))
		b = append(b, body...)
	}
	return b
}
