/**
 * A `printf` format that prints exactly these bytes, for bodies no shell string can hold (invalid UTF-8, NUL):
 * printable ASCII as is, `%` and `\` escaped, everything else as a 3-digit octal escape, which POSIX printf reads.
 */
export function printfLiteral(bytes: Uint8Array): string {
  let format = "";
  for (const byte of bytes) {
    if (byte === 0x25) format += "%%";
    else if (byte === 0x5c) format += "\\\\";
    else if (byte >= 0x20 && byte < 0x7f && byte !== 0x27) format += String.fromCharCode(byte);
    else format += `\\${byte.toString(8).padStart(3, "0")}`;
  }
  return `'${format}'`;
}
