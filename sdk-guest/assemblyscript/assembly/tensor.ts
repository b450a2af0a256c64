// tensor.ts: reading inputs and model weights.
import * as host from "./host";
import { dmlAbort } from "./log";
import { dtypeSize, F32, F64, I32, I64, INFO_SIZE, INPUT, MAX_NAME_LEN, MODEL, OK, U8 } from "./codes";

/** Tensor is a tensor read from the host: its dtype, shape and data, in an
 * ArrayBuffer of its own (aligned to 16). */
export class Tensor {
  constructor(
    public name: string,
    public dtype: i32,
    public shape: i64[],
    public data: ArrayBuffer,
  ) {}

  /** count is the number of elements. */
  get count(): i32 {
    return this.data.byteLength / dtypeSize(this.dtype);
  }

  /** f64 is the data of an f64 tensor; it aborts on another dtype. */
  f64(): Float64Array { this.want(F64, "f64"); return Float64Array.wrap(this.data); }
  /** f32 is the data of an f32 tensor; it aborts on another dtype. */
  f32(): Float32Array { this.want(F32, "f32"); return Float32Array.wrap(this.data); }
  /** i64 is the data of an i64 tensor; it aborts on another dtype. */
  i64(): Int64Array { this.want(I64, "i64"); return Int64Array.wrap(this.data); }
  /** i32 is the data of an i32 tensor; it aborts on another dtype. */
  i32(): Int32Array { this.want(I32, "i32"); return Int32Array.wrap(this.data); }
  /** u8 is the data of a u8 tensor; it aborts on another dtype. */
  u8(): Uint8Array { this.want(U8, "u8"); return Uint8Array.wrap(this.data); }

  private want(dtype: i32, what: string): void {
    if (this.dtype != dtype) {
      dmlAbort("dml: tensor \"" + this.name + "\" has dtype code " + this.dtype.toString() + ", not " + what + ": read it with the accessor of its dtype");
    }
  }
}

/** nameBytes is name as UTF-8; it aborts on a name the host would trap on. */
export function nameBytes(name: string): ArrayBuffer {
  const b = String.UTF8.encode(name);
  if (b.byteLength < 1 || b.byteLength > MAX_NAME_LEN) {
    dmlAbort("dml: tensor name \"" + name + "\" has " + b.byteLength.toString() + " bytes: want 1 to 256");
  }
  return b;
}

function read(kind: i32, name: string): Tensor | null {
  const nb = nameBytes(name);
  const info = new ArrayBuffer(INFO_SIZE);
  const ip = changetype<usize>(info);
  if (host.tensor_info(kind, changetype<usize>(nb), nb.byteLength, ip) != OK) {
    return null;
  }
  const dtype = load<i32>(ip);
  const rank = load<i32>(ip, 4);
  const shape = new Array<i64>(rank);
  let bytes: i64 = dtypeSize(dtype);
  for (let i = 0; i < rank; i++) {
    const d = load<i64>(ip + 8 + 8 * <usize>i);
    shape[i] = d;
    bytes *= d;
  }
  if (bytes > 0x7fffffff) {
    dmlAbort("dml: tensor \"" + name + "\" has " + bytes.toString() + " bytes: more than a 32-bit memory holds");
  }
  const data = new ArrayBuffer(<i32>bytes);
  const st = host.tensor_read(kind, changetype<usize>(nb), nb.byteLength, changetype<usize>(data), data.byteLength);
  if (st != OK) {
    return null;
  }
  return new Tensor(name, dtype, shape, data);
}

function has(kind: i32, name: string): bool {
  const nb = nameBytes(name);
  const info = new ArrayBuffer(INFO_SIZE);
  return host.tensor_info(kind, changetype<usize>(nb), nb.byteLength, changetype<usize>(info)) == OK;
}

/** input reads the input tensor name, or returns null when the job has none. */
export function input(name: string): Tensor | null { return read(INPUT, name); }

/** model reads the model tensor name, or returns null when the job's model
 * has none (a first training round has no model). */
export function model(name: string): Tensor | null { return read(MODEL, name); }

/** hasInput reports whether the job has an input named name. */
export function hasInput(name: string): bool { return has(INPUT, name); }

/** hasModel reports whether the job's model has a tensor named name. */
export function hasModel(name: string): bool { return has(MODEL, name); }
