//go:build !wasip1

package dml

import "github.com/decentralized-ml/dml/sdk-guest/go/internal/fake"

// Natively, dmltest calls fake.Entry where the host would call dml_run.
func init() { fake.Entry = run }
