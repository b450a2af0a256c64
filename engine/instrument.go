package engine

import (
	"errors"
	"fmt"
	"github.com/decentralized-ml/dml/gas"

	"github.com/decentralized-ml/dml/internal/meter"
	"github.com/decentralized-ml/dml/internal/wasmbin"
)

// costTable is the gas schedule every metered run is counted with.
var costTable = gas.Default()

func gasTableVersion() string { return costTable.Version }

// instrument returns the module to compile: with gas metering (the
// dml_gas counter, the start function moved to dml_start), or as given for
// an unmetered benchmarking run.
func instrument(wasm []byte, metered bool) ([]byte, error) {
	if !metered {
		return wasm, nil
	}
	out, err := meter.Instrument(wasm, costTable)
	switch {
	case errors.Is(err, wasmbin.ErrUnsupportedFeature):
		return nil, refuse("unsupported WebAssembly feature: %v", err)
	case err != nil:
		return nil, refuse("cannot meter the module: %v", err)
	}
	return out, nil
}

// cacheKey names a prepared module: its hash, and how it was instrumented.
func cacheKey(sum string, metered bool) string {
	if !metered {
		return sum + "/unmetered"
	}
	return fmt.Sprintf("%s/%s", sum, costTable.Version)
}
