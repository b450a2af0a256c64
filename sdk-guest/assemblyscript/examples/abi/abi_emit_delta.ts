// abi_emit_delta in AssemblyScript (conformance/vectors/abi_emit_delta): emits
// the f64 weight delta w = [0.5, -1.5] and no output. Code 2: emit failed.
import * as dml from "../../assembly/index";
export { dml_abi_version } from "../../assembly/index";

export function dml_run(): i32 {
  const w = new Float64Array(2);
  w[0] = 0.5;
  w[1] = -1.5;
  const shape: i64[] = [2];
  return dml.emitDelta<Float64Array>("w", shape, w) == dml.OK ? 0 : 2;
}
