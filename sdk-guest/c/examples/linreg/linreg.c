/*
 * linreg in C: the port of algorithms/linreg (Go), call for call. Every step
 * is the same host BLAS call with the same arguments in the same order as
 * algorithms/linreg/gd.go, so the three languages give the same result hash.
 *
 *   s = 2.0 / n
 *   w = copy of w0
 *   repeat epochs times:
 *       dcopy(n, y, 1, r, 1)
 *       dgemv(NoTrans, n, d, 1, X, d, w, 1, -1, r, 1)     r = X·w − y
 *       dgemv(Trans, n, d, s, X, d, r, 1, 0, g, 1)        g = s·Xᵀr
 *       daxpy(d, -lr, g, 1, w, 1)                         w = w − lr·g
 *   loss = ddot(n, r, 1, r, 1) / n   after dcopy and dgemv NoTrans on the final w
 *   delta[j] = w[j] − w0[j]
 *
 * Codes: 1 an input is missing or an emit failed; 3 bad params; 4
 * inconsistent shapes; 5 out of memory.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "dml.h"

enum { CODE_PARAMS = 3, CODE_SHAPE = 4, CODE_MEMORY = 5 };

#define MAX_EPOCHS 1000000

/* params are linreg's job parameters, with their defaults. */
struct params {
	double epochs, lr;
};

static int load_params(struct params *p) {
	p->epochs = 100;
	p->lr = 0.01;
	size_t len;
	char *json = dml_params(&len);
	if (json == NULL) {
		return CODE_MEMORY;
	}
	const dml_param_spec specs[] = {{"epochs", &p->epochs, 1}, {"lr", &p->lr, 0}};
	char err[256];
	int bad = dml_params_numbers(json, len, specs, 2, err, sizeof err);
	free(json);
	if (bad) {
		dml_logf(DML_ERROR, "linreg: %s", err);
		return CODE_PARAMS;
	}
	if (p->epochs != floor(p->epochs) || p->epochs < 0 || p->epochs > MAX_EPOCHS) {
		dml_logf(DML_ERROR, "linreg: epochs %g: want an integer 0 .. %d", p->epochs, MAX_EPOCHS);
		return CODE_PARAMS;
	}
	if (!isfinite(p->lr) || p->lr <= 0) {
		dml_logf(DML_ERROR, "linreg: lr %g: want a finite number > 0 (e.g. 0.01)", p->lr);
		return CODE_PARAMS;
	}
	return 0;
}

/* residual sets r = X·w − y. */
static void residual(int32_t n, int32_t d, const double *x, const double *y, const double *w, double *r) {
	dml_dcopy(n, y, 1, r, 1);
	dml_dgemv(DML_NO_TRANS, n, d, 1, x, d, w, 1, -1, r, 1);
}

/* fit runs full-batch gradient descent from w0 into w; it returns the loss.
 * g and r are scratch of d and n elements. */
static double fit(int32_t n, int32_t d, const double *x, const double *y, const double *w0, int epochs, double lr,
                  double *w, double *g, double *r) {
	memcpy(w, w0, sizeof(double) * (size_t)d);
	double s = 2.0 / (double)n;
	for (int e = 0; e < epochs; e++) {
		residual(n, d, x, y, w, r);
		dml_dgemv(DML_TRANS, n, d, s, x, d, r, 1, 0, g, 1);
		dml_daxpy(d, -lr, g, 1, w, 1);
	}
	residual(n, d, x, y, w, r);
	return dml_ddot(n, r, 1, r, 1) / (double)n;
}

static int32_t need(const char *what, int32_t st) {
	dml_logf(DML_ERROR, "linreg: %s: %s (%d)", what, dml_status_text(st), (int)st);
	return st == DML_ERR_NO_MEMORY ? CODE_MEMORY : DML_CODE_FAILED;
}

DML_EXPORT(dml_run) int32_t dml_run(void) {
	struct params p;
	int code = load_params(&p);
	if (code != 0) {
		return code;
	}
	dml_tensor xt, yt, wt = {0};
	int32_t st = dml_input("X", &xt);
	if (st != DML_OK) {
		return need("input \"X\"", st);
	}
	st = dml_input("y", &yt);
	if (st != DML_OK) {
		return need("input \"y\"", st);
	}
	const double *x = dml_f64(&xt), *y = dml_f64(&yt);
	if (xt.dtype != DML_F64 || yt.dtype != DML_F64 || xt.rank != 2 || yt.rank != 1 || xt.dims[0] != yt.dims[0] ||
	    xt.dims[0] < 1 || xt.dims[1] < 1) {
		dml_log(DML_ERROR, "linreg: want f64 X [n, d] and y [n] with n >= 1 and d >= 1");
		return CODE_SHAPE;
	}
	int32_t n = (int32_t)xt.dims[0], d = (int32_t)xt.dims[1];
	double *w0 = calloc((size_t)d, sizeof(double));
	double *w = malloc(sizeof(double) * (size_t)d), *g = malloc(sizeof(double) * (size_t)d);
	double *delta = malloc(sizeof(double) * (size_t)d), *r = malloc(sizeof(double) * (size_t)n);
	if (!w0 || !w || !g || !delta || !r) {
		return CODE_MEMORY;
	}
	if (dml_has_model("w")) {
		st = dml_model("w", &wt);
		if (st != DML_OK) {
			return need("model \"w\"", st);
		}
		if (wt.dtype != DML_F64 || wt.rank != 1 || wt.dims[0] != d) {
			dml_logf(DML_ERROR, "linreg: model w: want f64 [%d], one weight per column of X", (int)d);
			return CODE_SHAPE;
		}
		memcpy(w0, wt.data, sizeof(double) * (size_t)d);
	}

	double loss = fit(n, d, x, y, w0, (int)p.epochs, p.lr, w, g, r);
	for (int32_t j = 0; j < d; j++) {
		delta[j] = w[j] - w0[j];
	}
	dml_logf(DML_INFO, "linreg: n=%d d=%d epochs=%d lr=%g loss=%g", (int)n, (int)d, (int)p.epochs, p.lr, loss);

	int64_t dims[1] = {d}, one[1] = {1};
	if ((st = dml_emit_output("w", DML_F64, 1, dims, w)) != DML_OK) {
		return need("emit output \"w\"", st);
	}
	if ((st = dml_emit_output("loss", DML_F64, 1, one, &loss)) != DML_OK) {
		return need("emit output \"loss\"", st);
	}
	if ((st = dml_emit_delta("w", DML_F64, 1, dims, delta)) != DML_OK) {
		return need("emit delta \"w\"", st);
	}
	return 0;
}
