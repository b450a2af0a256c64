// linreg in AssemblyScript: the port of algorithms/linreg (Go), call for
// call. Every step is the same host BLAS call with the same arguments in the
// same order as algorithms/linreg/gd.go, so the three languages give the
// same result hash.
//
//   s = 2.0 / n
//   w = copy of w0
//   repeat epochs times:
//       dcopy(n, y, 1, r, 1)
//       dgemv(NoTrans, n, d, 1, X, d, w, 1, -1, r, 1)     r = X·w − y
//       dgemv(Trans, n, d, s, X, d, r, 1, 0, g, 1)        g = s·Xᵀr
//       daxpy(d, -lr, g, 1, w, 1)                         w = w − lr·g
//   loss = ddot(n, r, 1, r, 1) / n   after dcopy and dgemv NoTrans on the final w
//   delta[j] = w[j] − w0[j]
//
// Codes: 1 an input is missing or an emit failed; 2 a crash (abort); 3 bad
// params; 4 inconsistent shapes.
import * as dml from "../../assembly/index";
export { dml_abi_version } from "../../assembly/index";

const CODE_PARAMS: i32 = 3;
const CODE_SHAPE: i32 = 4;
const MAX_EPOCHS: f64 = 1000000;

// residual sets r = X·w − y.
function residual(n: i32, d: i32, x: Float64Array, y: Float64Array, w: Float64Array, r: Float64Array): void {
  dml.dcopy(n, y, 1, r, 1);
  dml.dgemv(dml.NoTrans, n, d, 1, x, d, w, 1, -1, r, 1);
}

// fit runs full-batch gradient descent from w0 into w and returns the loss.
function fit(n: i32, d: i32, x: Float64Array, y: Float64Array, w0: Float64Array, epochs: i32, lr: f64, w: Float64Array): f64 {
  w.set(w0);
  const g = new Float64Array(d);
  const r = new Float64Array(n);
  const s = 2.0 / <f64>n;
  for (let e = 0; e < epochs; e++) {
    residual(n, d, x, y, w, r);
    dml.dgemv(dml.Trans, n, d, s, x, d, r, 1, 0, g, 1);
    dml.daxpy(d, -lr, g, 1, w, 1);
  }
  residual(n, d, x, y, w, r);
  return dml.ddot(n, r, 1, r, 1) / <f64>n;
}

function failed(what: string, st: i32): i32 {
  dml.log(dml.ERROR, "linreg: " + what + ": " + dml.statusText(st) + " (" + st.toString() + ")");
  return dml.CODE_FAILED;
}

export function dml_run(): i32 {
  const p: f64[] = [100, 0.01]; // epochs, lr
  const perr = dml.paramsNumbers(dml.params(), ["epochs", "lr"], p, ["epochs"]);
  if (perr !== null) {
    dml.log(dml.ERROR, "linreg: " + perr);
    return CODE_PARAMS;
  }
  const epochs = p[0], lr = p[1];
  if (epochs != Math.floor(epochs) || epochs < 0 || epochs > MAX_EPOCHS) {
    dml.log(dml.ERROR, "linreg: epochs " + epochs.toString() + ": want an integer 0 .. 1000000");
    return CODE_PARAMS;
  }
  if (!isFinite(lr) || lr <= 0) {
    dml.log(dml.ERROR, "linreg: lr " + lr.toString() + ": want a finite number > 0 (e.g. 0.01)");
    return CODE_PARAMS;
  }
  const xt = dml.input("X");
  if (xt === null) return failed("input \"X\"", dml.ERR_NOT_FOUND);
  const yt = dml.input("y");
  if (yt === null) return failed("input \"y\"", dml.ERR_NOT_FOUND);
  if (xt.dtype != dml.F64 || yt.dtype != dml.F64 || xt.shape.length != 2 || yt.shape.length != 1 ||
      xt.shape[0] != yt.shape[0] || xt.shape[0] < 1 || xt.shape[1] < 1) {
    dml.log(dml.ERROR, "linreg: want f64 X [n, d] and y [n] with n >= 1 and d >= 1");
    return CODE_SHAPE;
  }
  const n = <i32>xt.shape[0], d = <i32>xt.shape[1];
  const x = xt.f64(), y = yt.f64();
  const w0 = new Float64Array(d);
  if (dml.hasModel("w")) {
    const wt = dml.model("w");
    if (wt === null) return failed("model \"w\"", dml.ERR_NOT_FOUND);
    if (wt.dtype != dml.F64 || wt.shape.length != 1 || wt.shape[0] != <i64>d) {
      dml.log(dml.ERROR, "linreg: model w: want f64 [" + d.toString() + "], one weight per column of X");
      return CODE_SHAPE;
    }
    w0.set(wt.f64());
  }

  const w = new Float64Array(d);
  const loss = fit(n, d, x, y, w0, <i32>epochs, lr, w);
  const delta = new Float64Array(d);
  for (let j = 0; j < d; j++) delta[j] = w[j] - w0[j];
  dml.log(dml.INFO, "linreg: n=" + n.toString() + " d=" + d.toString() + " epochs=" + epochs.toString() +
    " lr=" + lr.toString() + " loss=" + loss.toString());

  const dims: i64[] = [<i64>d];
  const lossArr = new Float64Array(1);
  lossArr[0] = loss;
  let st = dml.emitOutput("w", dims, w);
  if (st != dml.OK) return failed("emit output \"w\"", st);
  st = dml.emitOutput("loss", [1], lossArr);
  if (st != dml.OK) return failed("emit output \"loss\"", st);
  st = dml.emitDelta("w", dims, delta);
  if (st != dml.OK) return failed("emit delta \"w\"", st);
  return 0;
}
