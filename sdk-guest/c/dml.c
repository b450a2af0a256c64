/* dml.c: the typed helpers of dml.h and the dml_abi_version export. */
#include "dml.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

DML_EXPORT(dml_abi_version) int32_t dml_abi_version(void) { return DML_ABI_VERSION; }

static size_t dtype_size(int32_t dtype) {
	switch (dtype) {
	case DML_F64:
	case DML_I64:
		return 8;
	case DML_F32:
	case DML_I32:
		return 4;
	case DML_U8:
		return 1;
	}
	return 0;
}

/* byte_size is the byte size of dtype × dims, computed left to right as
 * abi.ByteSize does; DML_ERR_INVALID when it cannot be a valid shape in a
 * 32-bit memory. */
static int32_t byte_size(int32_t dtype, int32_t rank, const int64_t *dims, size_t *out) {
	uint64_t n = dtype_size(dtype);
	if (n == 0 || rank < 0 || rank > DML_MAX_RANK) {
		return DML_ERR_INVALID;
	}
	int zero = 0;
	for (int32_t i = 0; i < rank; i++) {
		if (dims[i] < 0) {
			return DML_ERR_INVALID;
		}
		if (dims[i] == 0) {
			zero = 1;
		} else if (!zero) {
			if ((uint64_t)dims[i] > UINT32_MAX / n) {
				return DML_ERR_INVALID;
			}
			n *= (uint64_t)dims[i];
		}
	}
	*out = zero ? 0 : (size_t)n;
	return DML_OK;
}

static int name_ok(const char *name, size_t *len) {
	*len = name ? strlen(name) : 0;
	return *len >= 1 && *len <= DML_MAX_NAME_LEN;
}

/* info mirrors the tensor_info record: dtype, rank, dims (§3.1). */
struct info {
	int32_t dtype;
	int32_t rank;
	int64_t dims[DML_MAX_RANK];
};

_Static_assert(sizeof(struct info) == DML_INFO_SIZE, "tensor_info record layout");

static int32_t read_tensor(int32_t kind, const char *name, dml_tensor *t) {
	memset(t, 0, sizeof *t);
	size_t len;
	if (!name_ok(name, &len)) {
		return DML_ERR_INVALID;
	}
	struct info info;
	int32_t st = dml_host_tensor_info(kind, name, len, &info);
	if (st != DML_OK) {
		return st;
	}
	size_t nbytes;
	st = byte_size(info.dtype, info.rank, info.dims, &nbytes);
	if (st != DML_OK) {
		return st;
	}
	void *data = NULL;
	if (nbytes > 0) {
		data = aligned_alloc(8, (nbytes + 7) & ~(size_t)7);
		if (data == NULL) {
			return DML_ERR_NO_MEMORY;
		}
	}
	st = dml_host_tensor_read(kind, name, len, data, nbytes);
	if (st != DML_OK) {
		free(data);
		return st;
	}
	t->dtype = info.dtype;
	t->rank = info.rank;
	memcpy(t->dims, info.dims, sizeof(int64_t) * (size_t)info.rank);
	t->data = data;
	t->nbytes = nbytes;
	t->count = nbytes / dtype_size(info.dtype);
	return DML_OK;
}

int32_t dml_input(const char *name, dml_tensor *t) { return read_tensor(DML_INPUT, name, t); }
int32_t dml_model(const char *name, dml_tensor *t) { return read_tensor(DML_MODEL, name, t); }

static int has(int32_t kind, const char *name) {
	size_t len;
	struct info info;
	return name_ok(name, &len) && dml_host_tensor_info(kind, name, len, &info) == DML_OK;
}

int dml_has_input(const char *name) { return has(DML_INPUT, name); }
int dml_has_model(const char *name) { return has(DML_MODEL, name); }

void dml_tensor_free(dml_tensor *t) {
	free(t->data);
	memset(t, 0, sizeof *t);
}

double *dml_f64(const dml_tensor *t) { return t->dtype == DML_F64 ? (double *)t->data : NULL; }
float *dml_f32(const dml_tensor *t) { return t->dtype == DML_F32 ? (float *)t->data : NULL; }

static int32_t emit(int32_t kind, const char *name, enum dml_dtype dtype, int32_t rank, const int64_t *dims,
                    const void *data) {
	size_t len, nbytes;
	if (!name_ok(name, &len)) {
		return DML_ERR_INVALID;
	}
	int32_t st = byte_size(dtype, rank, dims, &nbytes);
	if (st != DML_OK) {
		return st;
	}
	if (((uintptr_t)data % dtype_size(dtype)) != 0) {
		return DML_ERR_INVALID;
	}
	return dml_host_emit(kind, name, len, dtype, dims, rank, data, nbytes);
}

int32_t dml_emit_output(const char *name, enum dml_dtype dtype, int32_t rank, const int64_t *dims, const void *data) {
	return emit(DML_OUTPUT, name, dtype, rank, dims, data);
}

int32_t dml_emit_delta(const char *name, enum dml_dtype dtype, int32_t rank, const int64_t *dims, const void *data) {
	return emit(DML_DELTA, name, dtype, rank, dims, data);
}

char *dml_params(size_t *len) {
	int32_t n = dml_host_params(NULL, 0);
	char *buf = malloc((size_t)n + 1);
	if (buf == NULL) {
		return NULL;
	}
	dml_host_params(buf, (size_t)n);
	buf[n] = 0;
	if (len != NULL) {
		*len = (size_t)n;
	}
	return buf;
}

static void fail(char *err, size_t cap, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static void fail(char *err, size_t cap, const char *fmt, ...) {
	if (cap == 0) {
		return;
	}
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(err, cap, fmt, ap);
	va_end(ap);
}

static const char *skip_space(const char *p, const char *end) {
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')) {
		p++;
	}
	return p;
}

/* json_number is the extent of a JSON number at p (RFC 8259 grammar), or 0. */
static size_t json_number(const char *p, const char *end) {
	const char *s = p;
	if (p < end && *p == '-') {
		p++;
	}
	if (p < end && *p == '0') {
		p++;
	} else if (p < end && *p >= '1' && *p <= '9') {
		while (p < end && *p >= '0' && *p <= '9') {
			p++;
		}
	} else {
		return 0;
	}
	if (p < end && *p == '.') {
		p++;
		if (p == end || *p < '0' || *p > '9') {
			return 0;
		}
		while (p < end && *p >= '0' && *p <= '9') {
			p++;
		}
	}
	if (p < end && (*p == 'e' || *p == 'E')) {
		p++;
		if (p < end && (*p == '+' || *p == '-')) {
			p++;
		}
		if (p == end || *p < '0' || *p > '9') {
			return 0;
		}
		while (p < end && *p >= '0' && *p <= '9') {
			p++;
		}
	}
	return (size_t)(p - s);
}

int dml_params_numbers(const char *json, size_t len, const dml_param_spec *specs, size_t nspecs, char *err,
                       size_t err_cap) {
	const char *p = json, *end = json + len;
	p = skip_space(p, end);
	if (p == end) {
		return 0; /* empty params are {} */
	}
	if (*p++ != '{') {
		fail(err, err_cap, "params: want a JSON object, like {\"lr\": 0.1}");
		return -1;
	}
	p = skip_space(p, end);
	if (p < end && *p == '}') {
		p = skip_space(p + 1, end);
		if (p != end) {
			fail(err, err_cap, "params: text after the closing brace");
			return -1;
		}
		return 0;
	}
	for (;;) {
		p = skip_space(p, end);
		if (p == end || *p != '"') {
			fail(err, err_cap, "params: want a quoted key at byte %d", (int)(p - json));
			return -1;
		}
		const char *key = ++p;
		while (p < end && *p != '"' && *p != '\\') {
			p++;
		}
		if (p == end || *p == '\\') {
			fail(err, err_cap, "params: unterminated or escaped key at byte %d", (int)(key - json));
			return -1;
		}
		size_t klen = (size_t)(p - key);
		p = skip_space(p + 1, end);
		if (p == end || *p != ':') {
			fail(err, err_cap, "params: want ':' after key \"%.*s\"", (int)klen, key);
			return -1;
		}
		p = skip_space(p + 1, end);
		size_t nlen = json_number(p, end);
		if (nlen == 0) {
			fail(err, err_cap, "params: \"%.*s\": want a number", (int)klen, key);
			return -1;
		}
		const dml_param_spec *spec = NULL;
		for (size_t i = 0; i < nspecs; i++) {
			if (strlen(specs[i].key) == klen && memcmp(specs[i].key, key, klen) == 0) {
				spec = &specs[i];
			}
		}
		if (spec == NULL) {
			fail(err, err_cap, "params: unknown field \"%.*s\": see the algorithm's README for its params", (int)klen, key);
			return -1;
		}
		char num[64];
		if (nlen >= sizeof num) {
			fail(err, err_cap, "params: \"%.*s\": number longer than %d characters", (int)klen, key, (int)sizeof num - 1);
			return -1;
		}
		memcpy(num, p, nlen);
		num[nlen] = 0;
		if (spec->integer && strpbrk(num, ".eE") != NULL) {
			fail(err, err_cap, "params: \"%.*s\": %s: want an integer", (int)klen, key, num);
			return -1;
		}
		errno = 0;
		double v = strtod(num, NULL);
		if (errno == ERANGE && isinf(v)) {
			fail(err, err_cap, "params: \"%.*s\": %s is out of the float64 range", (int)klen, key, num);
			return -1;
		}
		*spec->value = v;
		p = skip_space(p + nlen, end);
		if (p < end && *p == ',') {
			p++;
			continue;
		}
		if (p < end && *p == '}') {
			p = skip_space(p + 1, end);
			if (p != end) {
				fail(err, err_cap, "params: text after the closing brace");
				return -1;
			}
			return 0;
		}
		fail(err, err_cap, "params: want ',' or '}' at byte %d", (int)(p - json));
		return -1;
	}
}

void dml_log(enum dml_level level, const char *msg) {
	size_t len = strlen(msg);
	if (len > DML_MAX_LOG_LEN) {
		len = DML_MAX_LOG_LEN;
	}
	dml_host_log(level, msg, len);
}

void dml_logf(enum dml_level level, const char *format, ...) {
	char buf[1024];
	va_list ap;
	va_start(ap, format);
	vsnprintf(buf, sizeof buf, format, ap);
	va_end(ap);
	dml_log(level, buf);
}

const char *dml_status_text(int32_t status) {
	switch (status) {
	case DML_OK:
		return "ok";
	case DML_ERR_NOT_FOUND:
		return "not found";
	case DML_ERR_SIZE:
		return "size mismatch";
	case DML_ERR_UNDECLARED:
		return "not declared";
	case DML_ERR_OVER_CAP:
		return "over cap";
	case DML_ERR_DTYPE:
		return "dtype mismatch";
	case DML_ERR_DUPLICATE:
		return "already emitted";
	case DML_ERR_INVALID:
		return "invalid argument";
	case DML_ERR_NO_MEMORY:
		return "out of memory";
	}
	return "unknown status";
}
