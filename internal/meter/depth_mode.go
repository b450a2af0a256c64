package meter

import (
	"bytes"
	"errors"

	"github.com/decentralized-ml/dml/internal/wasmbin"
)

// depthMode is how a module's instrumented functions count their call
// depth (COSTS.md, "Call depth"). Both modes stop at the same frame with
// the same gas; they differ only in what it costs.
type depthMode uint8

const (
	// depthParam: every defined function takes its depth as an extra i32
	// parameter and passes depth+1 to the functions it calls. A check is a
	// compare of a register; nothing is kept in memory or restored on the
	// way out. Exported functions are reached through wrappers of their
	// original type.
	depthParam depthMode = iota
	// depthGlobal: the depth lives in dml_depth, read and incremented at
	// entry and restored on the way out. For modules whose function
	// references can reach the host, or hold imported functions, where a
	// signature with the extra parameter could be called from outside.
	depthGlobal
)

// errDepthGlobal stops a depthParam instrumentation that found a function
// reference the mode cannot keep (ref.func of an imported function in a
// body); Instrument starts again in depthGlobal.
var errDepthGlobal = errors.New("meter: the module needs the global depth counter")

// chooseDepthMode picks depthParam unless a function reference could be
// called with its original signature from outside the module, or an
// imported function could be called through a table with the signature the
// module's own functions get:
//   - a table is imported or exported;
//   - an import or export (function signature or global) carries a funcref;
//   - an element segment, or a global's initialiser, refers to an imported
//     function.
//
// A ref.func of an imported function in a body is found while metering
// (errDepthGlobal).
func chooseDepthMode(m *wasmbin.Module) depthMode {
	hasFuncRef := func(ft wasmbin.FuncType) bool {
		return bytes.IndexByte(ft.Params, wasmbin.FuncRef) >= 0 || bytes.IndexByte(ft.Results, wasmbin.FuncRef) >= 0
	}
	for _, im := range m.Imports {
		switch im.Kind {
		case wasmbin.KindTable:
			return depthGlobal
		case wasmbin.KindGlobal:
			if im.Global.ValType == wasmbin.FuncRef {
				return depthGlobal
			}
		case wasmbin.KindFunc:
			if int(im.TypeIndex) < len(m.Types) && hasFuncRef(m.Types[im.TypeIndex]) {
				return depthGlobal
			}
		}
	}
	for _, e := range m.Exports {
		switch e.Kind {
		case wasmbin.KindTable:
			return depthGlobal
		case wasmbin.KindGlobal:
			if gt, err := m.GlobalType(e.Index); err != nil || gt.ValType == wasmbin.FuncRef {
				return depthGlobal
			}
		case wasmbin.KindFunc:
			if ft, err := m.FuncType(e.Index); err != nil || hasFuncRef(ft) {
				return depthGlobal
			}
		}
	}
	imported := m.NumImportedFuncs()
	refersToImport := func(expr wasmbin.Range) bool {
		idx, ok := refFuncIndex(m, expr)
		return ok && idx < imported
	}
	for _, el := range m.Elements {
		for _, f := range el.Funcs {
			if f < imported {
				return depthGlobal
			}
		}
		for _, x := range el.Exprs {
			if refersToImport(x) {
				return depthGlobal
			}
		}
	}
	for _, init := range m.GlobalInits {
		if refersToImport(init) {
			return depthGlobal
		}
	}
	return depthParam
}

// refFuncIndex reads a constant expression that is "ref.func idx".
func refFuncIndex(m *wasmbin.Module, expr wasmbin.Range) (uint32, bool) {
	var r wasmbin.InstrReader
	var in wasmbin.Instr
	r.Reset(m.Bytes(), expr.Start, expr.End)
	if err := r.Next(&in); err != nil || in.Op != wasmbin.OpRefFunc {
		return 0, false
	}
	return in.Index, true
}
