/*
 * status_not_found in C (conformance/vectors/status_not_found): tensor_read
 * of the input "missing", which the job lacks, returns DML_ERR_NOT_FOUND; so
 * must the helper dml_input. The raw code is emitted as the rank-0 i32 output
 * "code". Codes: 1 a code other than DML_ERR_NOT_FOUND, 2 emitting "code"
 * failed.
 */
#include "dml.h"

DML_EXPORT(dml_run) int32_t dml_run(void) {
	static double buf[1];
	int32_t code = dml_host_tensor_read(DML_INPUT, "missing", 7, buf, sizeof buf);
	dml_tensor t;
	int32_t helper = dml_input("missing", &t);
	if (dml_emit_output("code", DML_I32, 0, NULL, &code) != DML_OK) {
		return 2;
	}
	return code == DML_ERR_NOT_FOUND && helper == DML_ERR_NOT_FOUND ? 0 : 1;
}
