package engine

import (
	"sort"
	"strings"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/internal/hostfuncs"
	"github.com/decentralized-ml/dml/internal/wasmbin"
)

// checkModule decodes a module and refuses anything ABI v1 does not allow:
// malformed bytes, forbidden imports or features, missing or mistyped exports.
// When the module will be metered, the instrumenter checks the features of
// code bodies in its own pass, so they are not decoded twice here.
func checkModule(wasm []byte, metered bool) (*wasmbin.Module, error) {
	if len(wasm) < 8 || string(wasm[:4]) != "\x00asm" {
		return nil, refuse("not a WebAssembly module: the file does not start with the \\0asm magic (is it a .wat text file or something else?)")
	}
	m, err := wasmbin.Decode(wasm)
	if err != nil {
		return nil, refuse("not a valid WebAssembly module: %v", err)
	}
	checkFeatures := m.CheckFeatures
	if metered {
		checkFeatures = m.CheckFeaturesOutsideCode
	}
	if err := checkFeatures(); err != nil {
		return nil, refuse("unsupported WebAssembly feature: %v", err)
	}
	for _, imp := range m.Imports {
		if err := checkImport(m, imp); err != nil {
			return nil, err
		}
	}
	if err := checkExports(m); err != nil {
		return nil, err
	}
	return m, nil
}

func checkImport(m *wasmbin.Module, imp wasmbin.Import) error {
	full := imp.Module + "." + imp.Name
	switch imp.Module {
	case abi.ImportModule:
		want, ok := abi.Imports[imp.Name]
		if !ok || imp.Kind != wasmbin.KindFunc {
			return refuse("import %s is not a function of ABI v1 (module dml has: %s)", full, strings.Join(sortedKeys(abi.Imports), ", "))
		}
		ft := m.Types[imp.TypeIndex]
		if got := signature(ft); !got.Equal(want) {
			return refuse("import %s has signature %s, ABI v1 declares %s", full, got, want)
		}
		if !hostfuncs.Implemented(imp.Name) {
			return refuse("import %s is part of ABI v1 but not provided by this runtime build", full)
		}
	case abi.WASIModule:
		if imp.Kind != wasmbin.KindFunc || !abi.WASIAllowed[imp.Name] {
			return refuse("import %s is not allowed: guests may import from WASI only %s", full, strings.Join(sortedKeys(abi.WASIAllowed), ", "))
		}
	default:
		return refuse("import %s is not allowed: a module may import only from module %q and the allowed %s functions", full, abi.ImportModule, abi.WASIModule)
	}
	return nil
}

func checkExports(m *wasmbin.Module) error {
	exports := map[string]wasmbin.Export{}
	for _, e := range m.Exports {
		exports[e.Name] = e
	}
	if e, ok := exports[abi.ExportMemory]; !ok || e.Kind != wasmbin.KindMemory {
		return refuse("missing export %q: a module must export its linear memory as %q", abi.ExportMemory, abi.ExportMemory)
	}
	i32 := abi.Signature{Results: []abi.ValType{abi.ValI32}}
	for _, name := range []string{abi.ExportRun, abi.ExportABIVersion} {
		e, ok := exports[name]
		if !ok || e.Kind != wasmbin.KindFunc {
			return refuse("missing export %q: a module must export the function %s %s", name, name, i32)
		}
		if err := checkExportType(m, e, i32); err != nil {
			return err
		}
	}
	if e, ok := exports[abi.ExportInitialize]; ok {
		if err := checkExportType(m, e, abi.Signature{}); err != nil {
			return err
		}
	}
	if _, ok := exports[abi.ExportGas]; ok {
		return refuse("export %q is reserved for the gas counter the runtime adds", abi.ExportGas)
	}
	return nil
}

func checkExportType(m *wasmbin.Module, e wasmbin.Export, want abi.Signature) error {
	ft, err := m.FuncType(e.Index)
	if err != nil {
		return refuse("export %q: %v", e.Name, err)
	}
	if got := signature(ft); !got.Equal(want) {
		return refuse("export %q has signature %s, want %s", e.Name, got, want)
	}
	return nil
}

func signature(ft wasmbin.FuncType) abi.Signature {
	var s abi.Signature
	for _, p := range ft.Params {
		s.Params = append(s.Params, abi.ValType(p))
	}
	for _, r := range ft.Results {
		s.Results = append(s.Results, abi.ValType(r))
	}
	return s
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
