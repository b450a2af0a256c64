/*
 * abi_params_bytes in C (conformance/vectors/abi_params_bytes): emits the
 * job's params JSON, byte for byte, as the rank-1 u8 output "params". Codes:
 * 2 out of memory, 3 emit failed.
 */
#include <stdlib.h>

#include "dml.h"

DML_EXPORT(dml_run) int32_t dml_run(void) {
	size_t len;
	char *p = dml_params(&len);
	if (p == NULL) {
		return 2;
	}
	int64_t dims[1] = {(int64_t)len};
	int32_t st = dml_emit_output("params", DML_U8, 1, dims, p);
	free(p);
	return st == DML_OK ? 0 : 3;
}
