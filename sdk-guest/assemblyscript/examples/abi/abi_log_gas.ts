// abi_log_gas in AssemblyScript (conformance/vectors/abi_log_gas): logs
// "hello from the guest", then emits dml.gasLeft() as the rank-0 i64 output
// "gas_left". Codes: 2 gas_left was not positive, 3 emit failed.
import * as dml from "../../assembly/index";
export { dml_abi_version } from "../../assembly/index";

export function dml_run(): i32 {
  dml.log(dml.INFO, "hello from the guest");
  const g = dml.gasLeft();
  if (g <= 0) return 2;
  const out = new Int64Array(1);
  out[0] = g;
  const scalar: i64[] = [];
  return dml.emitOutput<Int64Array>("gas_left", scalar, out) == dml.OK ? 0 : 3;
}
