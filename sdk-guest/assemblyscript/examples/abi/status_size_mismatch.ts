// status_size_mismatch in AssemblyScript
// (conformance/vectors/status_size_mismatch): tensor_read of input X (4 f64,
// 32 bytes) into a 24-byte buffer returns ERR_SIZE. The code is emitted as
// the rank-0 i32 output "code". Codes: 1 another code, 2 emitting "code"
// failed.
import * as dml from "../../assembly/index";
export { dml_abi_version } from "../../assembly/index";

export function dml_run(): i32 {
  const name = dml.nameBytes("X");
  const buf = new Float64Array(3);
  const code = dml.raw.tensor_read(dml.INPUT, changetype<usize>(name), name.byteLength, buf.dataStart, buf.byteLength);
  const out = new Int32Array(1);
  out[0] = code;
  const scalar: i64[] = [];
  if (dml.emitOutput<Int32Array>("code", scalar, out) != dml.OK) return 2;
  return code == dml.ERR_SIZE ? 0 : 1;
}
