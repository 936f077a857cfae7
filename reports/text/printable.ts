const isControl = (codeUnit: number): boolean => codeUnit < 0x20 || (codeUnit >= 0x7f && codeUnit <= 0x9f);

/**
 * Text with each run of control characters (C0, DEL, C1) folded into one space. A terminal obeys them as
 * commands (a target's `\u001b[2J` would clear the screen) and a Markdown table row ends at a line break.
 */
export function printable(text: string): string {
  let out = "";
  let inRun = false;
  for (let i = 0; i < text.length; i++) {
    const control = isControl(text.charCodeAt(i));
    if (!control) out += text[i];
    else if (!inRun) out += " ";
    inRun = control;
  }
  return out;
}
