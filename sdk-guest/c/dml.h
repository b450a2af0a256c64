/*
 * dml.h: the DML guest SDK for C (ABI v1, abi/ABI.md).
 *
 * Every import of module "dml" with its exact signature, the ABI codes, and
 * typed helpers for tensors, emits, params and logs (dml.c). Build a module:
 *
 *   clang --target=wasm32-wasi --sysroot=/usr -O2 -mexec-model=reactor \
 *     -ffp-contract=off -I sdk-guest/c -o algo.wasm algo.c sdk-guest/c/dml.c
 *
 * The algorithm defines dml_run; dml.c defines dml_abi_version:
 *
 *   DML_EXPORT(dml_run) int32_t dml_run(void) { ... return 0; }
 */
#ifndef DML_H
#define DML_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ABI version this header implements (dml_abi_version returns it). */
#define DML_ABI_VERSION 1

/* Limits (abi/ABI.md §6). */
#define DML_MAX_RANK 8
#define DML_MAX_NAME_LEN 256
#define DML_MAX_LOG_LEN 65536
#define DML_INFO_SIZE 72

/* Element types (§5.1). */
enum dml_dtype { DML_F64 = 1, DML_F32 = 2, DML_I64 = 3, DML_I32 = 4, DML_U8 = 5 };

/* Tensor kinds of tensor_info/tensor_read (§5.2) and of emit (§5.3). */
enum dml_kind { DML_INPUT = 0, DML_MODEL = 1 };
enum dml_emit_kind { DML_OUTPUT = 0, DML_DELTA = 1 };

/* BLAS transpose codes, as CBLAS (§5.4). */
enum dml_trans { DML_NO_TRANS = 111, DML_TRANS = 112 };

/* Log levels (§5.5). */
enum dml_level { DML_DEBUG = 0, DML_INFO = 1, DML_WARN = 2, DML_ERROR = 3 };

/* Host status codes (§5.6), and DML_ERR_INVALID: a call the SDK refused
 * before reaching the host because the host would trap on it (a name longer
 * than DML_MAX_NAME_LEN, rank over DML_MAX_RANK, a negative dim, a size that
 * does not fit in memory). */
#define DML_OK 0
#define DML_ERR_NOT_FOUND (-1)
#define DML_ERR_SIZE (-2)
#define DML_ERR_UNDECLARED (-3)
#define DML_ERR_OVER_CAP (-4)
#define DML_ERR_DTYPE (-5)
#define DML_ERR_DUPLICATE (-6)
#define DML_ERR_INVALID (-100)
#define DML_ERR_NO_MEMORY (-101)

/* Codes dml_run may return besides 0, as the Go SDK's: 1 any failure, 2 a
 * crash. Algorithms choose their own codes from 3 up. */
#define DML_CODE_FAILED 1
#define DML_CODE_PANIC 2

/* DML_EXPORT(name) exports the function that follows under name. */
#define DML_EXPORT(name) __attribute__((export_name(#name)))

/* DML_IMPORT(name) declares a function as the import dml.name. */
#define DML_IMPORT(name) __attribute__((import_module("dml"), import_name(#name)))

/* ---- Raw imports (§3.1–3.6): pointers and byte lengths. ---- */

DML_IMPORT(tensor_info)
int32_t dml_host_tensor_info(int32_t kind, const char *name, size_t name_len, void *info);
DML_IMPORT(tensor_read)
int32_t dml_host_tensor_read(int32_t kind, const char *name, size_t name_len, void *dst, size_t dst_len);
DML_IMPORT(params)
int32_t dml_host_params(void *dst, size_t dst_cap);
DML_IMPORT(emit)
int32_t dml_host_emit(int32_t kind, const char *name, size_t name_len, int32_t dtype,
                      const int64_t *dims, int32_t rank, const void *data, size_t data_len);
DML_IMPORT(log)
void dml_host_log(int32_t level, const char *msg, size_t len);

/* dml_gas_left is the gas left in this run, after charging this call. */
DML_IMPORT(gas_left)
int64_t dml_gas_left(void);

/* ---- BLAS (§3.7), row-major, reference semantics, 0-based idamax. ----
 * Names are the BLAS names with a dml_ prefix; the argument order is CBLAS's
 * without its order argument (always row-major). Arrays must be aligned to
 * their element size (malloc'd and dml_input buffers are). Bad arguments
 * (n < 0, inc = 0, lda too small, out of bounds) trap: the run ends with
 * status abi_violation, naming the call and the argument. */

DML_IMPORT(ddot) double dml_ddot(int32_t n, const double *x, int32_t incx, const double *y, int32_t incy);
DML_IMPORT(dnrm2) double dml_dnrm2(int32_t n, const double *x, int32_t incx);
DML_IMPORT(dasum) double dml_dasum(int32_t n, const double *x, int32_t incx);
DML_IMPORT(idamax) int32_t dml_idamax(int32_t n, const double *x, int32_t incx);
DML_IMPORT(daxpy) void dml_daxpy(int32_t n, double alpha, const double *x, int32_t incx, double *y, int32_t incy);
DML_IMPORT(dscal) void dml_dscal(int32_t n, double alpha, double *x, int32_t incx);
DML_IMPORT(dcopy) void dml_dcopy(int32_t n, const double *x, int32_t incx, double *y, int32_t incy);
DML_IMPORT(dgemv)
void dml_dgemv(enum dml_trans trans, int32_t m, int32_t n, double alpha, const double *a, int32_t lda,
               const double *x, int32_t incx, double beta, double *y, int32_t incy);
DML_IMPORT(dger)
void dml_dger(int32_t m, int32_t n, double alpha, const double *x, int32_t incx, const double *y, int32_t incy,
              double *a, int32_t lda);
DML_IMPORT(dgemm)
void dml_dgemm(enum dml_trans transa, enum dml_trans transb, int32_t m, int32_t n, int32_t k, double alpha,
               const double *a, int32_t lda, const double *b, int32_t ldb, double beta, double *c, int32_t ldc);

DML_IMPORT(sdot) float dml_sdot(int32_t n, const float *x, int32_t incx, const float *y, int32_t incy);
DML_IMPORT(snrm2) float dml_snrm2(int32_t n, const float *x, int32_t incx);
DML_IMPORT(sasum) float dml_sasum(int32_t n, const float *x, int32_t incx);
DML_IMPORT(isamax) int32_t dml_isamax(int32_t n, const float *x, int32_t incx);
DML_IMPORT(saxpy) void dml_saxpy(int32_t n, float alpha, const float *x, int32_t incx, float *y, int32_t incy);
DML_IMPORT(sscal) void dml_sscal(int32_t n, float alpha, float *x, int32_t incx);
DML_IMPORT(scopy) void dml_scopy(int32_t n, const float *x, int32_t incx, float *y, int32_t incy);
DML_IMPORT(sgemv)
void dml_sgemv(enum dml_trans trans, int32_t m, int32_t n, float alpha, const float *a, int32_t lda,
               const float *x, int32_t incx, float beta, float *y, int32_t incy);
DML_IMPORT(sger)
void dml_sger(int32_t m, int32_t n, float alpha, const float *x, int32_t incx, const float *y, int32_t incy,
              float *a, int32_t lda);
DML_IMPORT(sgemm)
void dml_sgemm(enum dml_trans transa, enum dml_trans transb, int32_t m, int32_t n, int32_t k, float alpha,
               const float *a, int32_t lda, const float *b, int32_t ldb, float beta, float *c, int32_t ldc);

/* ---- Typed helpers (dml.c). ---- */

/* dml_tensor is a tensor read from the host: dtype, shape, and its data in a
 * buffer of its own, malloc'd and aligned to 8. */
typedef struct dml_tensor {
	int32_t dtype;
	int32_t rank;
	int64_t dims[DML_MAX_RANK];
	void *data;    /* NULL when the tensor has no elements */
	size_t nbytes; /* bytes of data */
	size_t count;  /* elements */
} dml_tensor;

/* dml_input and dml_model read a tensor into t. They return DML_OK,
 * DML_ERR_NOT_FOUND (no such tensor), DML_ERR_INVALID (a bad name) or
 * DML_ERR_NO_MEMORY. On an error t is zeroed. Free t with dml_tensor_free. */
int32_t dml_input(const char *name, dml_tensor *t);
int32_t dml_model(const char *name, dml_tensor *t);

/* dml_has_input and dml_has_model report whether the job has that tensor
 * (model weights are optional: a first training round has none). */
int dml_has_input(const char *name);
int dml_has_model(const char *name);

/* dml_tensor_free releases t's data and zeroes it. */
void dml_tensor_free(dml_tensor *t);

/* dml_f64 and dml_f32 are t's data as doubles or floats, or NULL when t has
 * another dtype (or no elements). */
double *dml_f64(const dml_tensor *t);
float *dml_f32(const dml_tensor *t);

/* dml_emit_output and dml_emit_delta hand a tensor to the host, which copies
 * it: data holds the elements of dtype in C order, their byte size computed
 * from dims. They return a host status (DML_ERR_UNDECLARED, _DTYPE,
 * _OVER_CAP, _DUPLICATE) or DML_ERR_INVALID. */
int32_t dml_emit_output(const char *name, enum dml_dtype dtype, int32_t rank, const int64_t *dims, const void *data);
int32_t dml_emit_delta(const char *name, enum dml_dtype dtype, int32_t rank, const int64_t *dims, const void *data);

/* dml_params returns the job's params JSON as a malloc'd NUL-terminated
 * string ("{}" when the job gave none), its length in *len when len is not
 * NULL; NULL when out of memory. Free it with free. */
char *dml_params(size_t *len);

/* dml_param_spec names one number a flat params object may hold: a key,
 * where to store its value, and whether it must be written as an integer
 * (digits only, no fraction or exponent, as Go's encoding/json wants for an
 * int field). Keys the JSON leaves out keep their values, so set the
 * defaults first. */
typedef struct dml_param_spec {
	const char *key;
	double *value;
	int integer;
} dml_param_spec;

/* dml_params_numbers parses json, a flat object whose values are numbers,
 * into specs. It returns 0, or -1 with a message in err (when err_cap > 0)
 * for a syntax error, a value that is not a number (or not an integer where
 * the spec wants one), a number out of the float64 range, or a key no spec
 * names (so a misspelt parameter is not
 * silently ignored). */
int dml_params_numbers(const char *json, size_t len, const dml_param_spec *specs, size_t nspecs, char *err,
                       size_t err_cap);

/* dml_log writes msg (NUL-terminated, truncated to DML_MAX_LOG_LEN) to the
 * device's local log; dml_logf formats it as printf does. Logs never leave
 * the device. */
void dml_log(enum dml_level level, const char *msg);
void dml_logf(enum dml_level level, const char *format, ...) __attribute__((format(printf, 2, 3)));

/* dml_status_text names a status code: "ok", "not found", ... */
const char *dml_status_text(int32_t status);

#ifdef __cplusplus
}
#endif

#endif /* DML_H */
