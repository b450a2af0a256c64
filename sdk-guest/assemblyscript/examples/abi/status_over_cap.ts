// status_over_cap in AssemblyScript (conformance/vectors/status_over_cap):
// emitting 8 bytes as the u8 output "big", which the manifest caps at 4,
// returns ERR_OVER_CAP. The code is emitted as the rank-0 i32 output "code".
// Codes: 1 another code, 2 emitting "code" failed.
import * as dml from "../../assembly/index";
export { dml_abi_version } from "../../assembly/index";

export function dml_run(): i32 {
  const big = Uint8Array.wrap(String.UTF8.encode("abcdefgh"));
  const shape: i64[] = [8];
  const code = dml.emitOutput<Uint8Array>("big", shape, big);
  const out = new Int32Array(1);
  out[0] = code;
  const scalar: i64[] = [];
  if (dml.emitOutput<Int32Array>("code", scalar, out) != dml.OK) return 2;
  return code == dml.ERR_OVER_CAP ? 0 : 1;
}
