// Whole numbers written for people, with thousands separators ("100,000"). Not toLocaleString: its
// first call loads the ICU locale data, ~18 ms of the extension's activation for the status bar.

/** `n` with a comma between each group of three digits, as en-US writes it ("-1,234,567"; "12.5" stays). */
export function groupThousands(n: number): string {
  const [whole, fraction] = String(n).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+$)/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
