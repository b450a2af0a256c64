// codes.ts: the ABI's codes (abi/ABI.md §5) and the SDK's own.

/** Element types (§5.1). */
export const F64: i32 = 1;
export const F32: i32 = 2;
export const I64: i32 = 3;
export const I32: i32 = 4;
export const U8: i32 = 5;

/** Tensor kinds of tensor_info/tensor_read (§5.2) and of emit (§5.3). */
export const INPUT: i32 = 0;
export const MODEL: i32 = 1;
export const OUTPUT: i32 = 0;
export const DELTA: i32 = 1;

/** BLAS transpose codes (§5.4). */
export const NoTrans: i32 = 111;
export const Trans: i32 = 112;

/** Log levels (§5.5). */
export const DEBUG: i32 = 0;
export const INFO: i32 = 1;
export const WARN: i32 = 2;
export const ERROR: i32 = 3;

/** Host status codes (§5.6). */
export const OK: i32 = 0;
export const ERR_NOT_FOUND: i32 = -1;
export const ERR_SIZE: i32 = -2;
export const ERR_UNDECLARED: i32 = -3;
export const ERR_OVER_CAP: i32 = -4;
export const ERR_DTYPE: i32 = -5;
export const ERR_DUPLICATE: i32 = -6;

/** Limits (§6). */
export const MAX_RANK: i32 = 8;
export const MAX_NAME_LEN: i32 = 256;
export const MAX_LOG_LEN: i32 = 65536;
export const INFO_SIZE: i32 = 72;

/** Codes dml_run returns besides 0, as the Go SDK's: 1 any failure, 2 a
 * crash (abort). Algorithms choose their own codes from 3 up. */
export const CODE_FAILED: i32 = 1;
export const CODE_PANIC: i32 = 2;

/** statusText names a host status code. */
export function statusText(status: i32): string {
  switch (status) {
    case OK: return "ok";
    case ERR_NOT_FOUND: return "not found";
    case ERR_SIZE: return "size mismatch";
    case ERR_UNDECLARED: return "not declared";
    case ERR_OVER_CAP: return "over cap";
    case ERR_DTYPE: return "dtype mismatch";
    case ERR_DUPLICATE: return "already emitted";
  }
  return "unknown status";
}

/** dtypeSize is the element size of a dtype, 0 for an invalid code. */
export function dtypeSize(dtype: i32): i32 {
  switch (dtype) {
    case F64: case I64: return 8;
    case F32: case I32: return 4;
    case U8: return 1;
  }
  return 0;
}

/** ERR_INVALID: a call the SDK refused before reaching the host because the
 * host would trap on it (a name of 0 or over MAX_NAME_LEN bytes, a rank over
 * MAX_RANK, a negative dim). */
export const ERR_INVALID: i32 = -100;
