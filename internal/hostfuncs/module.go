package hostfuncs

import (
	"context"
	"fmt"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"

	"github.com/decentralized-ml/dml/abi"
)

// functions maps each implemented dml import to its Go implementation.
var functions = map[string]api.GoModuleFunc{
	"tensor_info": tensorInfo,
	"tensor_read": tensorRead,
	"params":      params,
	"emit":        emit,
	"log":         logMessage,
	"gas_left":    gasLeft,

	"ddot": ddot, "dnrm2": dnrm2, "dasum": dasum, "idamax": idamax,
	"daxpy": daxpy, "dscal": dscal, "dcopy": dcopy,
	"dgemv": dgemv, "dger": dger, "dgemm": dgemm,
	"sdot": sdot, "snrm2": snrm2, "sasum": sasum, "isamax": isamax,
	"saxpy": saxpy, "sscal": sscal, "scopy": scopy,
	"sgemv": sgemv, "sger": sger, "sgemm": sgemm,
}

// Implemented reports whether the host provides the dml import name.
func Implemented(name string) bool { _, ok := functions[name]; return ok }

// Instantiate registers the host module "dml" in rt. Every function uses
// wazero's stack-based calling convention (no reflection).
func Instantiate(ctx context.Context, rt wazero.Runtime) error {
	b := rt.NewHostModuleBuilder(abi.ImportModule)
	for name, fn := range functions {
		sig, ok := abi.Imports[name]
		if !ok {
			return fmt.Errorf("hostfuncs: %s is not in the ABI", name)
		}
		b.NewFunctionBuilder().
			WithGoModuleFunction(fn, valueTypes(sig.Params), valueTypes(sig.Results)).
			WithName(name).
			Export(name)
	}
	_, err := b.Instantiate(ctx)
	return err
}

func valueTypes(vs []abi.ValType) []api.ValueType {
	out := make([]api.ValueType, len(vs))
	for i, v := range vs {
		out[i] = api.ValueType(v)
	}
	return out
}
