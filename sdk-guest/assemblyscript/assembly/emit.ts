// emit.ts: handing outputs and weight deltas to the host.
import * as host from "./host";
import { DELTA, ERR_INVALID, F32, F64, I32, I64, MAX_RANK, OUTPUT, U8 } from "./codes";
import { nameBytes } from "./tensor";

function dtypeOf<T>(): i32 {
  if (idof<T>() == idof<Float64Array>()) return F64;
  if (idof<T>() == idof<Float32Array>()) return F32;
  if (idof<T>() == idof<Int64Array>()) return I64;
  if (idof<T>() == idof<Int32Array>()) return I32;
  if (idof<T>() == idof<Uint8Array>()) return U8;
  ERROR("dml: emit takes a Float64Array, Float32Array, Int64Array, Int32Array or Uint8Array");
  return 0;
}

function emit<T extends ArrayBufferView>(kind: i32, name: string, shape: i64[], data: T): i32 {
  const nb = nameBytes(name);
  if (shape.length > MAX_RANK) return ERR_INVALID;
  for (let i = 0; i < shape.length; i++) {
    if (shape[i] < 0) return ERR_INVALID;
  }
  return host.emit(kind, changetype<usize>(nb), nb.byteLength, dtypeOf<T>(), shape.dataStart, shape.length,
    data.dataStart, data.byteLength);
}

/** emitOutput hands output name (dtype from the array type, shape) to the
 * host, which copies it. It returns a host status: OK, ERR_UNDECLARED,
 * ERR_DTYPE, ERR_SIZE, ERR_DUPLICATE, ERR_OVER_CAP, or ERR_INVALID. */
export function emitOutput<T extends ArrayBufferView>(name: string, shape: i64[], data: T): i32 {
  return emit<T>(OUTPUT, name, shape, data);
}

/** emitDelta hands weight delta name to the host, as emitOutput. */
export function emitDelta<T extends ArrayBufferView>(name: string, shape: i64[], data: T): i32 {
  return emit<T>(DELTA, name, shape, data);
}
