//go:build wasip1

package dml

import "github.com/decentralized-ml/dml/abi"

//go:wasmexport dml_abi_version
func dmlABIVersion() int32 { return abi.Version }

//go:wasmexport dml_run
func dmlRun() int32 { return run() }
