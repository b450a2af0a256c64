/*
 * abi_emit_delta in C (conformance/vectors/abi_emit_delta): emits the f64
 * weight delta w = [0.5, -1.5] and no output. Code 2: emit failed.
 */
#include "dml.h"

DML_EXPORT(dml_run) int32_t dml_run(void) {
	static const double w[2] = {0.5, -1.5};
	const int64_t dims[1] = {2};
	return dml_emit_delta("w", DML_F64, 1, dims, w) == DML_OK ? 0 : 2;
}
