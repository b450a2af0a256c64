package meter

import (
	"fmt"
	"io"

	"github.com/decentralized-ml/dml/internal/wasmbin"
)

// checkModuleIndices refuses references outside the body that Instrument's
// additions would make valid: exports and start of functions or globals
// past the module's own, and global.get in constant expressions (global
// initialisers, element and data offsets, element expressions) naming a
// global past them. Bodies are checked as they are rewritten.
func checkModuleIndices(m *wasmbin.Module) error {
	nf, ng := m.NumFuncs(), m.NumGlobals()
	for _, e := range m.Exports {
		if (e.Kind == wasmbin.KindFunc && e.Index >= nf) || (e.Kind == wasmbin.KindGlobal && e.Index >= ng) {
			return fmt.Errorf("%w: export %q names %s %d, out of range; the module is invalid", ErrInvalidModule, e.Name, e.Kind, e.Index)
		}
	}
	if m.Start != nil && *m.Start >= nf {
		return fmt.Errorf("%w: start function %d out of range (the module has %d functions)", ErrInvalidModule, *m.Start, nf)
	}
	var exprs []wasmbin.Range
	exprs = append(exprs, m.GlobalInits...)
	for _, el := range m.Elements {
		exprs = append(exprs, el.Offset)
		exprs = append(exprs, el.Exprs...)
	}
	for _, d := range m.Data {
		exprs = append(exprs, d.Offset)
	}
	var r wasmbin.InstrReader
	var in wasmbin.Instr
	for _, x := range exprs {
		r.Reset(m.Bytes(), x.Start, x.End)
		for {
			err := r.Next(&in)
			if err == io.EOF {
				break
			}
			if err != nil {
				return fmt.Errorf("%w: constant expression at byte 0x%x: %w", ErrInvalidModule, x.Start, err)
			}
			if in.Op == wasmbin.OpGlobalGet && in.Index >= ng {
				return fmt.Errorf("%w: constant expression at byte 0x%x reads global %d, out of range (the module has %d globals); the module is invalid", ErrInvalidModule, in.Start, in.Index, ng)
			}
			if in.Op == wasmbin.OpRefFunc && in.Index >= nf {
				return fmt.Errorf("%w: constant expression at byte 0x%x names function %d, out of range (the module has %d functions); the module is invalid", ErrInvalidModule, in.Start, in.Index, nf)
			}
		}
	}
	return nil
}
