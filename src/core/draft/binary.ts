// Tells a text draft from a binary file that happens to be named .md.

/** True when the text holds NUL characters or mostly control characters in its first 8 KB. */
export function looksBinary(text: string): boolean {
  const head = text.slice(0, 8192);
  if (head.includes('\u0000')) return true;
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return head.length > 0 && control / head.length > 0.1;
}
