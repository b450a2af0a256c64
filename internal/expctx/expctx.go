// Package expctx holds the context keys of package experimental, so that
// engine can read them without importing it.
package expctx

// UnmeteredKey marks a context whose compilations skip gas metering.
type UnmeteredKey struct{}
