// abi_params_bytes in AssemblyScript (conformance/vectors/abi_params_bytes):
// emits the job's params JSON, byte for byte, as the rank-1 u8 output
// "params". Code 3: emit failed.
import * as dml from "../../assembly/index";
export { dml_abi_version } from "../../assembly/index";

export function dml_run(): i32 {
  const b = Uint8Array.wrap(String.UTF8.encode(dml.params()));
  const shape: i64[] = [b.length];
  return dml.emitOutput<Uint8Array>("params", shape, b) == dml.OK ? 0 : 3;
}
