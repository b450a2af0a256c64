package engine

import (
	"context"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/internal/wasmbin"
)

// Inspection describes a module without running an algorithm: what it
// imports and exports, and whether it would load.
type Inspection struct {
	Size       int          `json:"size"`
	SHA256     string       `json:"sha256"`
	ABIVersion int          `json:"abi_version"`
	Imports    []ImportInfo `json:"imports"`
	Exports    []ExportInfo `json:"exports"`
	// Loadable is the verdict; Problem says why not.
	Loadable bool   `json:"loadable"`
	Problem  string `json:"problem,omitempty"`
}

// ImportInfo is one import and whether the ABI allows it.
type ImportInfo struct {
	Module    string `json:"module"`
	Name      string `json:"name"`
	Kind      string `json:"kind"`
	Signature string `json:"signature,omitempty"`
	Allowed   bool   `json:"allowed"`
}

// ExportInfo is one export.
type ExportInfo struct {
	Name      string `json:"name"`
	Kind      string `json:"kind"`
	Signature string `json:"signature,omitempty"`
}

// inspectGas bounds the _initialize and dml_abi_version calls of Inspect.
const inspectGas = 1_000_000_000

// Inspect reports a module's imports, exports, ABI version and whether it
// would load. It runs only the module's initialisation and dml_abi_version.
func (e *Engine) Inspect(ctx context.Context, wasm []byte) (*Inspection, error) {
	in := &Inspection{Size: len(wasm), SHA256: sha256Hex(wasm), Imports: []ImportInfo{}, Exports: []ExportInfo{}}
	if m, err := wasmbin.Decode(wasm); err == nil {
		for _, imp := range m.Imports {
			info := ImportInfo{Module: imp.Module, Name: imp.Name, Kind: imp.Kind.String()}
			if imp.Kind == wasmbin.KindFunc && int(imp.TypeIndex) < len(m.Types) {
				info.Signature = signature(m.Types[imp.TypeIndex]).String()
			}
			info.Allowed = checkImport(m, imp) == nil
			in.Imports = append(in.Imports, info)
		}
		for _, exp := range m.Exports {
			info := ExportInfo{Name: exp.Name, Kind: exp.Kind.String()}
			if exp.Kind == wasmbin.KindFunc {
				if ft, err := m.FuncType(exp.Index); err == nil {
					info.Signature = signature(ft).String()
				}
			}
			in.Exports = append(in.Exports, info)
		}
	}
	res, err := e.Run(context.WithValue(ctx, probeKey{}, true), wasm, &Job{GasLimit: inspectGas})
	if err != nil {
		return nil, err
	}
	if res.Status == abi.StatusInvalidModule {
		in.Problem = res.Error
		return in, nil
	}
	in.Loadable = true
	in.ABIVersion = abi.Version
	return in, nil
}

// probeKey marks a run that stops after dml_abi_version (Inspect).
type probeKey struct{}

func probeOnly(ctx context.Context) bool {
	probe, _ := ctx.Value(probeKey{}).(bool)
	return probe
}
