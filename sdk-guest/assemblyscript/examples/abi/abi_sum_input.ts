// abi_sum_input in AssemblyScript (conformance/vectors/abi_sum_input): reads
// input X with dml.input and emits the sum of its f64 elements, left to right
// from 0, as the rank-0 f64 output "sum". Codes: 2 X could not be read, 3 X
// is not f64, 5 emit failed.
import * as dml from "../../assembly/index";
export { dml_abi_version } from "../../assembly/index";

export function dml_run(): i32 {
  const x = dml.input("X");
  if (x === null) return 2;
  if (x.dtype != dml.F64) return 3;
  const v = x.f64();
  let sum: f64 = 0;
  for (let i = 0; i < v.length; i++) sum += v[i];
  const out = new Float64Array(1);
  out[0] = sum;
  const scalar: i64[] = [];
  return dml.emitOutput<Float64Array>("sum", scalar, out) == dml.OK ? 0 : 5;
}
