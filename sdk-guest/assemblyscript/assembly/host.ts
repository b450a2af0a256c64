// host.ts: every import of module "dml" (abi/ABI.md §3) with its exact
// signature. Pointers and lengths are usize (i32 on wasm32). The typed
// wrappers of tensor.ts, emit.ts, params.ts, log.ts and blas.ts call these.

@external("dml", "tensor_info")
export declare function tensor_info(kind: i32, name: usize, nameLen: usize, info: usize): i32;
@external("dml", "tensor_read")
export declare function tensor_read(kind: i32, name: usize, nameLen: usize, dst: usize, dstLen: usize): i32;
@external("dml", "params")
export declare function params(dst: usize, dstCap: usize): i32;
@external("dml", "emit")
export declare function emit(kind: i32, name: usize, nameLen: usize, dtype: i32, dims: usize, rank: i32, data: usize, dataLen: usize): i32;
@external("dml", "log")
export declare function log(level: i32, msg: usize, len: usize): void;
@external("dml", "gas_left")
export declare function gas_left(): i64;

@external("dml", "ddot")
export declare function ddot(n: i32, x: usize, incx: i32, y: usize, incy: i32): f64;
@external("dml", "dnrm2")
export declare function dnrm2(n: i32, x: usize, incx: i32): f64;
@external("dml", "dasum")
export declare function dasum(n: i32, x: usize, incx: i32): f64;
@external("dml", "idamax")
export declare function idamax(n: i32, x: usize, incx: i32): i32;
@external("dml", "daxpy")
export declare function daxpy(n: i32, alpha: f64, x: usize, incx: i32, y: usize, incy: i32): void;
@external("dml", "dscal")
export declare function dscal(n: i32, alpha: f64, x: usize, incx: i32): void;
@external("dml", "dcopy")
export declare function dcopy(n: i32, x: usize, incx: i32, y: usize, incy: i32): void;
@external("dml", "dgemv")
export declare function dgemv(trans: i32, m: i32, n: i32, alpha: f64, a: usize, lda: i32, x: usize, incx: i32, beta: f64, y: usize, incy: i32): void;
@external("dml", "dger")
export declare function dger(m: i32, n: i32, alpha: f64, x: usize, incx: i32, y: usize, incy: i32, a: usize, lda: i32): void;
@external("dml", "dgemm")
export declare function dgemm(transA: i32, transB: i32, m: i32, n: i32, k: i32, alpha: f64, a: usize, lda: i32, b: usize, ldb: i32, beta: f64, c: usize, ldc: i32): void;

@external("dml", "sdot")
export declare function sdot(n: i32, x: usize, incx: i32, y: usize, incy: i32): f32;
@external("dml", "snrm2")
export declare function snrm2(n: i32, x: usize, incx: i32): f32;
@external("dml", "sasum")
export declare function sasum(n: i32, x: usize, incx: i32): f32;
@external("dml", "isamax")
export declare function isamax(n: i32, x: usize, incx: i32): i32;
@external("dml", "saxpy")
export declare function saxpy(n: i32, alpha: f32, x: usize, incx: i32, y: usize, incy: i32): void;
@external("dml", "sscal")
export declare function sscal(n: i32, alpha: f32, x: usize, incx: i32): void;
@external("dml", "scopy")
export declare function scopy(n: i32, x: usize, incx: i32, y: usize, incy: i32): void;
@external("dml", "sgemv")
export declare function sgemv(trans: i32, m: i32, n: i32, alpha: f32, a: usize, lda: i32, x: usize, incx: i32, beta: f32, y: usize, incy: i32): void;
@external("dml", "sger")
export declare function sger(m: i32, n: i32, alpha: f32, x: usize, incx: i32, y: usize, incy: i32, a: usize, lda: i32): void;
@external("dml", "sgemm")
export declare function sgemm(transA: i32, transB: i32, m: i32, n: i32, k: i32, alpha: f32, a: usize, lda: i32, b: usize, ldb: i32, beta: f32, c: usize, ldc: i32): void;

// proc_exit ends the run with code (WASI, abi/ABI.md §4): the way abort
// turns a crash into dml_run's code 2.
@external("wasi_snapshot_preview1", "proc_exit")
export declare function proc_exit(code: i32): void;
