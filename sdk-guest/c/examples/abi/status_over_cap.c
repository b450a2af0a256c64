/*
 * status_over_cap in C (conformance/vectors/status_over_cap): emitting 8
 * bytes as the u8 output "big", which the manifest caps at 4, returns
 * DML_ERR_OVER_CAP. The code is emitted as the rank-0 i32 output "code".
 * Codes: 1 another code, 2 emitting "code" failed.
 */
#include "dml.h"

DML_EXPORT(dml_run) int32_t dml_run(void) {
	static const char big[8] = {'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'};
	const int64_t dims[1] = {8};
	int32_t code = dml_emit_output("big", DML_U8, 1, dims, big);
	if (dml_emit_output("code", DML_I32, 0, NULL, &code) != DML_OK) {
		return 2;
	}
	return code == DML_ERR_OVER_CAP ? 0 : 1;
}
