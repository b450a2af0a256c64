// v8.mjs runs a DML module built with -tags purewasm (no BLAS imports) on
// node's WebAssembly and node:wasi, and prints the wall time of each run as
// JSON: {"ms": [...], "status": <dml_run's code>, "outputs": {...}}. It
// provides the dml imports the module needs (tensor_info, tensor_read,
// params, emit, log, gas_left) over inputs read from .npy files. Nothing is
// metered. BenchmarkLogregEpoch/v8 calls it; by hand:
//
//   node algorithms/logreg/bench/v8.mjs [--runs N] MODULE.wasm X=X.npy y=y.npy '{"classes": 10, "epochs": 1}'
import { readFileSync } from 'node:fs';
import { WASI } from 'node:wasi';
import { performance } from 'node:perf_hooks';

const dtypes = { '<f8': [1, 8], '<f4': [2, 4], '<i8': [3, 8], '<i4': [4, 4], '|u1': [5, 1] };

// readNPY reads a C-order little-endian .npy file: {dtype, shape, bytes}.
function readNPY(path) {
  const b = readFileSync(path);
  if (b.toString('latin1', 0, 6) !== '\x93NUMPY') throw new Error(`${path}: not a .npy file`);
  const major = b[6];
  const hlen = major === 1 ? b.readUInt16LE(8) : b.readUInt32LE(8);
  const start = major === 1 ? 10 : 12;
  const header = b.toString('latin1', start, start + hlen);
  const descr = /'descr':\s*'([^']+)'/.exec(header)[1];
  if (/'fortran_order':\s*True/.test(header)) throw new Error(`${path}: Fortran order is not supported`);
  const shape = /'shape':\s*\(([^)]*)\)/.exec(header)[1].split(',').map((s) => s.trim()).filter((s) => s).map(Number);
  if (!(descr in dtypes)) throw new Error(`${path}: dtype ${descr} is not an ABI dtype`);
  return { dtype: dtypes[descr][0], shape, bytes: b.subarray(start + hlen) };
}

const args = process.argv.slice(2);
let runs = 1;
if (args[0] === '--runs') { runs = Number(args[1]); args.splice(0, 2); }
const [modulePath, ...rest] = args;
const params = Buffer.from(rest.pop() ?? '{}');
const inputs = new Map(rest.map((a) => { const [name, path] = a.split('='); return [name, readNPY(path)]; }));
const module = await WebAssembly.compile(readFileSync(modulePath));

function runOnce() {
  let memory;
  const u8 = () => new Uint8Array(memory.buffer);
  const dv = () => new DataView(memory.buffer);
  const str = (p, n) => Buffer.from(memory.buffer, p, n).toString('latin1');
  const outputs = {};
  const dml = {
    tensor_info(kind, p, n, info) {
      const t = kind === 0 ? inputs.get(str(p, n)) : undefined;
      if (!t) return -1;
      const v = dv();
      v.setInt32(info, t.dtype, true);
      v.setInt32(info + 4, t.shape.length, true);
      t.shape.forEach((d, i) => v.setBigInt64(info + 8 + 8 * i, BigInt(d), true));
      return 0;
    },
    tensor_read(kind, p, n, dst, len) {
      const t = kind === 0 ? inputs.get(str(p, n)) : undefined;
      if (!t) return -1;
      if (len !== t.bytes.length) return -2;
      u8().set(t.bytes, dst);
      return 0;
    },
    params(dst, cap) {
      if (params.length <= cap) u8().set(params, dst);
      return params.length;
    },
    emit(kind, p, n, dtype, dims, rank, data, len) {
      const name = (kind === 0 ? '' : 'delta ') + str(p, n);
      if (dtype === 1) outputs[name] = Array.from(new Float64Array(memory.buffer.slice(data, data + len))).slice(0, 4);
      return 0;
    },
    log(level, p, n) { process.stderr.write(`[guest] ${level}: ${str(p, n)}\n`); },
    gas_left() { return 0x7fffffffffffffffn; },
  };
  const start = performance.now();
  const wasi = new WASI({ version: 'preview1', args: [], env: {}, returnOnExit: true });
  const instance = new WebAssembly.Instance(module, { wasi_snapshot_preview1: wasi.getImportObject().wasi_snapshot_preview1, dml });
  memory = instance.exports.memory;
  wasi.initialize(instance);
  const status = instance.exports.dml_run();
  return { ms: performance.now() - start, status, outputs };
}

const ms = [];
let last;
for (let i = 0; i < runs; i++) {
  last = runOnce();
  ms.push(last.ms);
  if (last.status !== 0) break;
}
process.stdout.write(JSON.stringify({ ms, status: last.status, outputs: last.outputs }) + '\n');
