// status_undeclared in AssemblyScript (conformance/vectors/status_undeclared):
// emitting the output "undeclared", which the manifest does not declare,
// returns ERR_UNDECLARED. The code is emitted as the rank-0 i32 output
// "code". Codes: 1 another code, 2 emitting "code" failed.
import * as dml from "../../assembly/index";
export { dml_abi_version } from "../../assembly/index";

export function dml_run(): i32 {
  const one = new Int32Array(1);
  one[0] = 1;
  const scalar: i64[] = [];
  const code = dml.emitOutput<Int32Array>("undeclared", scalar, one);
  const out = new Int32Array(1);
  out[0] = code;
  if (dml.emitOutput<Int32Array>("code", scalar, out) != dml.OK) return 2;
  return code == dml.ERR_UNDECLARED ? 0 : 1;
}
