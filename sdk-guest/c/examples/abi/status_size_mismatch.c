/*
 * status_size_mismatch in C (conformance/vectors/status_size_mismatch):
 * tensor_read of input X (4 f64, 32 bytes) into a 24-byte buffer returns
 * DML_ERR_SIZE. The code is emitted as the rank-0 i32 output "code". Codes:
 * 1 another code, 2 emitting "code" failed.
 */
#include "dml.h"

DML_EXPORT(dml_run) int32_t dml_run(void) {
	static double buf[3];
	int32_t code = dml_host_tensor_read(DML_INPUT, "X", 1, buf, sizeof buf);
	if (dml_emit_output("code", DML_I32, 0, NULL, &code) != DML_OK) {
		return 2;
	}
	return code == DML_ERR_SIZE ? 0 : 1;
}
