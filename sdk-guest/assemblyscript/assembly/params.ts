// params.ts: the job's params JSON, and a reader for flat objects of numbers.
import * as host from "./host";

/** params is the job's params JSON ("{}" when the job gave none). */
export function params(): string {
  const n = host.params(0, 0);
  const b = new ArrayBuffer(n);
  host.params(changetype<usize>(b), <usize>n);
  return String.UTF8.decode(b);
}

/** paramsNumbers parses json, a flat object whose values are numbers, into
 * values: values[i] takes the number of key keys[i]; keys the JSON leaves
 * out keep their values (the defaults). Keys in integers must be written
 * as integers (digits only, no fraction or exponent, as Go's encoding/json
 * wants for an int field). It returns null, or a message for a syntax
 * error, a value that is not a number (or not an integer where one is
 * wanted), a number out of the float64 range, or a key not in keys (so a
 * misspelt parameter is not ignored). */
export function paramsNumbers(json: string, keys: string[], values: f64[], integers: string[] = []): string | null {
  let p = skipSpace(json, 0);
  const end = json.length;
  if (p == end) return null; // empty params are {}
  if (json.charCodeAt(p) != 0x7b) return "params: want a JSON object, like {\"lr\": 0.1}";
  p = skipSpace(json, p + 1);
  if (p < end && json.charCodeAt(p) == 0x7d) {
    return skipSpace(json, p + 1) == end ? null : "params: text after the closing brace";
  }
  while (true) {
    p = skipSpace(json, p);
    if (p == end || json.charCodeAt(p) != 0x22) return "params: want a quoted key at character " + p.toString();
    const k0 = p + 1;
    p = k0;
    while (p < end && json.charCodeAt(p) != 0x22 && json.charCodeAt(p) != 0x5c) p++;
    if (p == end || json.charCodeAt(p) == 0x5c) return "params: unterminated or escaped key at character " + k0.toString();
    const key = json.substring(k0, p);
    p = skipSpace(json, p + 1);
    if (p == end || json.charCodeAt(p) != 0x3a) return "params: want ':' after key \"" + key + "\"";
    p = skipSpace(json, p + 1);
    const n = numberLength(json, p);
    if (n == 0) return "params: \"" + key + "\": want a number";
    const idx = keys.indexOf(key);
    if (idx < 0) return "params: unknown field \"" + key + "\": see the algorithm's README for its params";
    const text = json.substring(p, p + n);
    if (integers.includes(key) && (text.includes(".") || text.includes("e") || text.includes("E"))) {
      return "params: \"" + key + "\": " + text + ": want an integer";
    }
    const v = parseNumber(text);
    if (!isFinite(v)) return "params: \"" + key + "\": " + text + " is out of the float64 range";
    values[idx] = v;
    p = skipSpace(json, p + n);
    if (p < end && json.charCodeAt(p) == 0x2c) { p++; continue; }
    if (p < end && json.charCodeAt(p) == 0x7d) {
      return skipSpace(json, p + 1) == end ? null : "params: text after the closing brace";
    }
    return "params: want ',' or '}' at character " + p.toString();
  }
  return null;
}

function skipSpace(s: string, p: i32): i32 {
  while (p < s.length) {
    const c = s.charCodeAt(p);
    if (c != 0x20 && c != 0x09 && c != 0x0a && c != 0x0d) break;
    p++;
  }
  return p;
}

function isDigit(c: i32): bool { return c >= 0x30 && c <= 0x39; }

// numberLength is the extent of a JSON number (RFC 8259) at p, or 0.
function numberLength(s: string, p: i32): i32 {
  const s0 = p, end = s.length;
  if (p < end && s.charCodeAt(p) == 0x2d) p++;
  if (p < end && s.charCodeAt(p) == 0x30) p++;
  else if (p < end && isDigit(s.charCodeAt(p))) { while (p < end && isDigit(s.charCodeAt(p))) p++; }
  else return 0;
  if (p < end && s.charCodeAt(p) == 0x2e) {
    p++;
    if (p == end || !isDigit(s.charCodeAt(p))) return 0;
    while (p < end && isDigit(s.charCodeAt(p))) p++;
  }
  if (p < end && (s.charCodeAt(p) | 0x20) == 0x65) {
    p++;
    if (p < end && (s.charCodeAt(p) == 0x2b || s.charCodeAt(p) == 0x2d)) p++;
    if (p == end || !isDigit(s.charCodeAt(p))) return 0;
    while (p < end && isDigit(s.charCodeAt(p))) p++;
  }
  return p - s0;
}

// Exact powers of ten as float64: 10^0 .. 10^22.
const POW10: f64[] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
  1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/** parseNumber converts a JSON number to the nearest float64. When the
 * digits fit in 2^53 and the decimal exponent in ±22 (every usual
 * parameter: 0.01, 1e-4, 2000), one exact multiply or divide gives the
 * correctly rounded value, the same bits as Go's strconv and C's strtod.
 * Other numbers fall back to AssemblyScript's parseFloat. */
export function parseNumber(s: string): f64 {
  let p = 0;
  let neg = false;
  if (s.charCodeAt(0) == 0x2d) { neg = true; p = 1; }
  let mant: u64 = 0;
  let digits = 0;
  let exp10: i32 = 0;
  let seenDot = false;
  for (; p < s.length; p++) {
    const c = s.charCodeAt(p);
    if (c == 0x2e) { seenDot = true; continue; }
    if (!isDigit(c)) break;
    if (mant == 0 && c == 0x30) { if (seenDot) exp10--; continue; }
    if (digits >= 19) return parseFloat(s);
    mant = mant * 10 + <u64>(c - 0x30);
    digits++;
    if (seenDot) exp10--;
  }
  if (p < s.length) { // exponent
    p++;
    let eneg = false;
    if (s.charCodeAt(p) == 0x2b) p++;
    else if (s.charCodeAt(p) == 0x2d) { eneg = true; p++; }
    let e: i32 = 0;
    for (; p < s.length; p++) {
      if (e > 100000) return parseFloat(s);
      e = e * 10 + (s.charCodeAt(p) - 0x30);
    }
    exp10 += eneg ? -e : e;
  }
  let v: f64;
  if (mant == 0) v = 0;
  else if (mant <= (<u64>1 << 53) && exp10 >= -22 && exp10 <= 22) {
    v = <f64>mant;
    v = exp10 < 0 ? v / POW10[-exp10] : v * POW10[exp10];
  } else return parseFloat(s);
  return neg ? -v : v;
}
