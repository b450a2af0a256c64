/*
 * status_undeclared in C (conformance/vectors/status_undeclared): emitting
 * the output "undeclared", which the manifest does not declare, returns
 * DML_ERR_UNDECLARED. The code is emitted as the rank-0 i32 output "code".
 * Codes: 1 another code, 2 emitting "code" failed.
 */
#include "dml.h"

DML_EXPORT(dml_run) int32_t dml_run(void) {
	const int32_t one = 1;
	int32_t code = dml_emit_output("undeclared", DML_I32, 0, NULL, &one);
	if (dml_emit_output("code", DML_I32, 0, NULL, &code) != DML_OK) {
		return 2;
	}
	return code == DML_ERR_UNDECLARED ? 0 : 1;
}
