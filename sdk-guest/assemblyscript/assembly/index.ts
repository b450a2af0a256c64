// The DML guest SDK for AssemblyScript (ABI v1, abi/ABI.md). An algorithm
// imports it, exports `dml_run` and re-exports `dml_abi_version`:
//
//   import * as dml from "dml-sdk";
//   export { dml_abi_version } from "dml-sdk";
//   export function dml_run(): i32 { ... return 0; }
//
// Build: asc algo.ts --runtime stub --exportStart _initialize
//   --use abort=~lib/dml-sdk/assembly/log/dmlAbort -O3 -o algo.wasm
export * from "./codes";
export * from "./tensor";
export * from "./emit";
export * from "./params";
export * from "./log";
export * from "./blas";
export { gas_left } from "./host";
import * as raw from "./host";
export { raw };

/** dml_abi_version returns the ABI version; re-export it from the entry file. */
export function dml_abi_version(): i32 {
  return 1;
}
