package engine

import (
	"errors"

	"github.com/decentralized-ml/dml/gas"
	"github.com/decentralized-ml/dml/internal/meter"
	"github.com/decentralized-ml/dml/internal/wasmbin"
)

// instrument returns the module to compile: metered under s (the dml_gas
// counter, the start function moved to dml_start), or as given when s is
// nil (an unmetered benchmarking run).
func instrument(wasm []byte, s *gas.Schedule) ([]byte, error) {
	if s == nil {
		return wasm, nil
	}
	out, err := meter.Instrument(wasm, s)
	switch {
	case errors.Is(err, wasmbin.ErrUnsupportedFeature):
		return nil, refuse("unsupported WebAssembly feature: %w", err)
	case err != nil:
		return nil, refuse("cannot meter the module: %w", err)
	}
	return out, nil
}

// cacheKey names a prepared module: its hash, and how it was instrumented.
func cacheKey(sum string, s *gas.Schedule) string {
	if s == nil {
		return sum + "/unmetered"
	}
	return sum + "/" + s.Version + "/" + s.Fingerprint()
}
