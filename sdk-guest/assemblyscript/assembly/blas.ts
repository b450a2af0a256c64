// blas.ts: the BLAS of ABI v1 on typed arrays, named as BLAS names them,
// row-major, reference semantics (abi/ABI.md §3.7). Each call checks its
// arguments and aborts with a message naming the call and the argument
// (the run ends with code 2) before the host would trap on them; then it is
// one host import on the arrays in place. Offsets: pass a subarray.
import * as host from "./host";
import { dmlAbort } from "./log";
import { NoTrans, Trans } from "./codes";

function fail(call: string, what: string): void {
  dmlAbort("dml: " + call + ": " + what + ": invalid argument");
}

function count(call: string, name: string, v: i32): void {
  if (v < 0) fail(call, name + " = " + v.toString() + ": must be >= 0");
}

function vec(call: string, name: string, n: i32, inc: i32, len: i32): void {
  if (inc == 0) fail(call, "inc" + name + " = 0: must not be 0");
  if (n == 0) return;
  const need = <i64>1 + <i64>(n - 1) * <i64>abs(inc);
  if (need > <i64>len) fail(call, name + " has " + len.toString() + " elements, n = " + n.toString() + " with inc " + inc.toString() + " needs " + need.toString());
}

function mat(call: string, name: string, rows: i32, cols: i32, ld: i32, len: i32): void {
  if (ld < max(1, cols)) fail(call, "ld" + name + " = " + ld.toString() + ": must be >= max(1, " + cols.toString() + ")");
  if (rows == 0 || cols == 0) return;
  const need = <i64>(rows - 1) * <i64>ld + <i64>cols;
  if (need > <i64>len) fail(call, name + " has " + len.toString() + " elements, a " + rows.toString() + "x" + cols.toString() + " matrix with ld " + ld.toString() + " needs " + need.toString());
}

function trans(call: string, t: i32): void {
  if (t != NoTrans && t != Trans) fail(call, "trans " + t.toString() + ": want NoTrans (111) or Trans (112)");
}

// ---- float64 ----

export function ddot(n: i32, x: Float64Array, incx: i32, y: Float64Array, incy: i32): f64 {
  count("ddot", "n", n); vec("ddot", "x", n, incx, x.length); vec("ddot", "y", n, incy, y.length);
  return host.ddot(n, x.dataStart, incx, y.dataStart, incy);
}

export function dnrm2(n: i32, x: Float64Array, incx: i32): f64 {
  count("dnrm2", "n", n); vec("dnrm2", "x", n, incx, x.length);
  return host.dnrm2(n, x.dataStart, incx);
}

export function dasum(n: i32, x: Float64Array, incx: i32): f64 {
  count("dasum", "n", n); vec("dasum", "x", n, incx, x.length);
  return host.dasum(n, x.dataStart, incx);
}

/** idamax is 0-based, -1 when n = 0. */
export function idamax(n: i32, x: Float64Array, incx: i32): i32 {
  count("idamax", "n", n); vec("idamax", "x", n, incx, x.length);
  return host.idamax(n, x.dataStart, incx);
}

export function daxpy(n: i32, alpha: f64, x: Float64Array, incx: i32, y: Float64Array, incy: i32): void {
  count("daxpy", "n", n); vec("daxpy", "x", n, incx, x.length); vec("daxpy", "y", n, incy, y.length);
  host.daxpy(n, alpha, x.dataStart, incx, y.dataStart, incy);
}

export function dscal(n: i32, alpha: f64, x: Float64Array, incx: i32): void {
  count("dscal", "n", n); vec("dscal", "x", n, incx, x.length);
  host.dscal(n, alpha, x.dataStart, incx);
}

export function dcopy(n: i32, x: Float64Array, incx: i32, y: Float64Array, incy: i32): void {
  count("dcopy", "n", n); vec("dcopy", "x", n, incx, x.length); vec("dcopy", "y", n, incy, y.length);
  host.dcopy(n, x.dataStart, incx, y.dataStart, incy);
}

/** dgemv: y = alpha·op(a)·x + beta·y, a m×n row-major. */
export function dgemv(t: i32, m: i32, n: i32, alpha: f64, a: Float64Array, lda: i32, x: Float64Array, incx: i32, beta: f64, y: Float64Array, incy: i32): void {
  trans("dgemv", t); count("dgemv", "m", m); count("dgemv", "n", n); mat("dgemv", "a", m, n, lda, a.length);
  const lx = t == NoTrans ? n : m, ly = t == NoTrans ? m : n;
  vec("dgemv", "x", lx, incx, x.length); vec("dgemv", "y", ly, incy, y.length);
  host.dgemv(t, m, n, alpha, a.dataStart, lda, x.dataStart, incx, beta, y.dataStart, incy);
}

/** dger: a = alpha·x·yᵀ + a, a m×n row-major. */
export function dger(m: i32, n: i32, alpha: f64, x: Float64Array, incx: i32, y: Float64Array, incy: i32, a: Float64Array, lda: i32): void {
  count("dger", "m", m); count("dger", "n", n);
  vec("dger", "x", m, incx, x.length); vec("dger", "y", n, incy, y.length); mat("dger", "a", m, n, lda, a.length);
  host.dger(m, n, alpha, x.dataStart, incx, y.dataStart, incy, a.dataStart, lda);
}

/** dgemm: c = alpha·op(a)·op(b) + beta·c, c m×n, op(a) m×k, op(b) k×n. */
export function dgemm(ta: i32, tb: i32, m: i32, n: i32, k: i32, alpha: f64, a: Float64Array, lda: i32, b: Float64Array, ldb: i32, beta: f64, c: Float64Array, ldc: i32): void {
  trans("dgemm", ta); trans("dgemm", tb); count("dgemm", "m", m); count("dgemm", "n", n); count("dgemm", "k", k);
  if (ta == NoTrans) mat("dgemm", "a", m, k, lda, a.length); else mat("dgemm", "a", k, m, lda, a.length);
  if (tb == NoTrans) mat("dgemm", "b", k, n, ldb, b.length); else mat("dgemm", "b", n, k, ldb, b.length);
  mat("dgemm", "c", m, n, ldc, c.length);
  host.dgemm(ta, tb, m, n, k, alpha, a.dataStart, lda, b.dataStart, ldb, beta, c.dataStart, ldc);
}

// ---- float32 ----

export function sdot(n: i32, x: Float32Array, incx: i32, y: Float32Array, incy: i32): f32 {
  count("sdot", "n", n); vec("sdot", "x", n, incx, x.length); vec("sdot", "y", n, incy, y.length);
  return host.sdot(n, x.dataStart, incx, y.dataStart, incy);
}

export function snrm2(n: i32, x: Float32Array, incx: i32): f32 {
  count("snrm2", "n", n); vec("snrm2", "x", n, incx, x.length);
  return host.snrm2(n, x.dataStart, incx);
}

export function sasum(n: i32, x: Float32Array, incx: i32): f32 {
  count("sasum", "n", n); vec("sasum", "x", n, incx, x.length);
  return host.sasum(n, x.dataStart, incx);
}

export function isamax(n: i32, x: Float32Array, incx: i32): i32 {
  count("isamax", "n", n); vec("isamax", "x", n, incx, x.length);
  return host.isamax(n, x.dataStart, incx);
}

export function saxpy(n: i32, alpha: f32, x: Float32Array, incx: i32, y: Float32Array, incy: i32): void {
  count("saxpy", "n", n); vec("saxpy", "x", n, incx, x.length); vec("saxpy", "y", n, incy, y.length);
  host.saxpy(n, alpha, x.dataStart, incx, y.dataStart, incy);
}

export function sscal(n: i32, alpha: f32, x: Float32Array, incx: i32): void {
  count("sscal", "n", n); vec("sscal", "x", n, incx, x.length);
  host.sscal(n, alpha, x.dataStart, incx);
}

export function scopy(n: i32, x: Float32Array, incx: i32, y: Float32Array, incy: i32): void {
  count("scopy", "n", n); vec("scopy", "x", n, incx, x.length); vec("scopy", "y", n, incy, y.length);
  host.scopy(n, x.dataStart, incx, y.dataStart, incy);
}

export function sgemv(t: i32, m: i32, n: i32, alpha: f32, a: Float32Array, lda: i32, x: Float32Array, incx: i32, beta: f32, y: Float32Array, incy: i32): void {
  trans("sgemv", t); count("sgemv", "m", m); count("sgemv", "n", n); mat("sgemv", "a", m, n, lda, a.length);
  const lx = t == NoTrans ? n : m, ly = t == NoTrans ? m : n;
  vec("sgemv", "x", lx, incx, x.length); vec("sgemv", "y", ly, incy, y.length);
  host.sgemv(t, m, n, alpha, a.dataStart, lda, x.dataStart, incx, beta, y.dataStart, incy);
}

export function sger(m: i32, n: i32, alpha: f32, x: Float32Array, incx: i32, y: Float32Array, incy: i32, a: Float32Array, lda: i32): void {
  count("sger", "m", m); count("sger", "n", n);
  vec("sger", "x", m, incx, x.length); vec("sger", "y", n, incy, y.length); mat("sger", "a", m, n, lda, a.length);
  host.sger(m, n, alpha, x.dataStart, incx, y.dataStart, incy, a.dataStart, lda);
}

export function sgemm(ta: i32, tb: i32, m: i32, n: i32, k: i32, alpha: f32, a: Float32Array, lda: i32, b: Float32Array, ldb: i32, beta: f32, c: Float32Array, ldc: i32): void {
  trans("sgemm", ta); trans("sgemm", tb); count("sgemm", "m", m); count("sgemm", "n", n); count("sgemm", "k", k);
  if (ta == NoTrans) mat("sgemm", "a", m, k, lda, a.length); else mat("sgemm", "a", k, m, lda, a.length);
  if (tb == NoTrans) mat("sgemm", "b", k, n, ldb, b.length); else mat("sgemm", "b", n, k, ldb, b.length);
  mat("sgemm", "c", m, n, ldc, c.length);
  host.sgemm(ta, tb, m, n, k, alpha, a.dataStart, lda, b.dataStart, ldb, beta, c.dataStart, ldc);
}
