package runtime

// startExport is the export under which the instrumenter exposes a module's
// start function, so the host can set the gas counter before it runs.
const startExport = "dml_start"

func gasTableVersion() string { return "none" }

// instrument returns the module to compile and whether it is gas metered.
func instrument(wasm []byte) ([]byte, bool, error) {
	return wasm, false, nil
}
