package meter

import (
	"testing"

	"github.com/decentralized-ml/dml/internal/testmod"
)

// TestTestdataUpToDate checks every committed testdata/*.wasm against its .wat.
func TestTestdataUpToDate(t *testing.T) { testmod.WatUpToDate(t, "testdata") }
