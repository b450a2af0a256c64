/*
 * abi_log_gas in C (conformance/vectors/abi_log_gas): logs "hello from the
 * guest", then emits dml_gas_left() as the rank-0 i64 output "gas_left".
 * Codes: 2 gas_left was not positive, 3 emit failed.
 */
#include "dml.h"

DML_EXPORT(dml_run) int32_t dml_run(void) {
	dml_log(DML_INFO, "hello from the guest");
	int64_t g = dml_gas_left();
	if (g <= 0) {
		return 2;
	}
	return dml_emit_output("gas_left", DML_I64, 0, NULL, &g) == DML_OK ? 0 : 3;
}
