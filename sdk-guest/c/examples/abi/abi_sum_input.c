/*
 * abi_sum_input in C (conformance/vectors/abi_sum_input): reads input X with
 * dml_input and emits the sum of its f64 elements, left to right from 0, as
 * the rank-0 f64 output "sum". Codes: 2 X could not be read, 3 X is not f64,
 * 5 emit failed.
 */
#include "dml.h"

DML_EXPORT(dml_run) int32_t dml_run(void) {
	dml_tensor x;
	if (dml_input("X", &x) != DML_OK) {
		return 2;
	}
	if (x.dtype != DML_F64) {
		return 3;
	}
	const double *v = dml_f64(&x);
	double sum = 0;
	for (size_t i = 0; i < x.count; i++) {
		sum += v[i];
	}
	dml_tensor_free(&x);
	return dml_emit_output("sum", DML_F64, 0, NULL, &sum) == DML_OK ? 0 : 5;
}
