// log.ts: the local log, gas, and abort (the AssemblyScript runtime's crash
// handler, mapped here with `--use abort=`).
import * as host from "./host";
import { CODE_PANIC, ERROR, MAX_LOG_LEN } from "./codes";

/** log writes msg to the device's local log (truncated to MAX_LOG_LEN
 * bytes of UTF-8). Logs never leave the device. */
export function log(level: i32, msg: string): void {
  const b = String.UTF8.encode(msg);
  let n = b.byteLength;
  if (n > MAX_LOG_LEN) n = MAX_LOG_LEN;
  host.log(level, changetype<usize>(b), <usize>n);
}

/** gasLeft is the gas left in this run. */
export function gasLeft(): i64 {
  return host.gas_left();
}

/** dmlAbort logs the message and location at level error and ends the run
 * with code CODE_PANIC (2), as a panic does in the Go SDK. Build with
 * `--use abort=<path>/dmlAbort` so that no `env.abort` import is needed. */
export function dmlAbort(message: string | null, fileName: string | null = null, line: u32 = 0, column: u32 = 0): void {
  let text = "abort: " + (message !== null ? message : "(no message)");
  if (fileName !== null) {
    text += " at " + fileName + ":" + line.toString() + ":" + column.toString();
  }
  log(ERROR, text);
  host.proc_exit(CODE_PANIC);
  unreachable();
}
