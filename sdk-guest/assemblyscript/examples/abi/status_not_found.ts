// status_not_found in AssemblyScript (conformance/vectors/status_not_found):
// tensor_read of the input "missing", which the job lacks, returns
// ERR_NOT_FOUND, and dml.input returns null for it. The raw code is emitted
// as the rank-0 i32 output "code". Codes: 1 another code (or a tensor from
// dml.input), 2 emitting "code" failed.
import * as dml from "../../assembly/index";
export { dml_abi_version } from "../../assembly/index";

export function dml_run(): i32 {
  const name = dml.nameBytes("missing");
  const buf = new Float64Array(1);
  const code = dml.raw.tensor_read(dml.INPUT, changetype<usize>(name), name.byteLength, buf.dataStart, buf.byteLength);
  const helper = dml.input("missing");
  const out = new Int32Array(1);
  out[0] = code;
  const scalar: i64[] = [];
  if (dml.emitOutput<Int32Array>("code", scalar, out) != dml.OK) return 2;
  return code == dml.ERR_NOT_FOUND && helper === null ? 0 : 1;
}
