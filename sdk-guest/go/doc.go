// Package dml is the Go guest SDK of DML: what an algorithm compiled with
// GOOS=wasip1 GOARCH=wasm -buildmode=c-shared calls to read its inputs, model
// weights and params, emit outputs and weight deltas, log and read its gas.
//
// An algorithm registers its run function from an init function of its main
// package; the SDK exports dml_abi_version and dml_run for it:
//
//	func init() { dml.Register(run) }
//	func main() {} // never called in a reactor (-buildmode=c-shared)
//
// The same code builds natively, where every call goes to an in-process fake
// host set up by package dmltest, so an algorithm is unit-tested with plain
// go test. Host status codes come back as *HostError values that name the
// call, the tensor and the code; errors.Is matches them to ErrNotFound,
// ErrSize, ErrUndeclared, ErrOverCap, ErrDType and ErrDuplicate.
package dml
