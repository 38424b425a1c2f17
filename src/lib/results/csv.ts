/** One CSV field: quoted when it holds a comma, quote or line break; quotes doubled. */
export const csvField = (v: string | number | undefined | null) => {
  const s = v === undefined || v === null ? '' : String(v);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * A CSV document (RFC 4180, CRLF line ends) with a UTF-8 byte-order mark, so that Excel opens
 * Chinese text correctly.
 */
export function toCsv(rows: readonly (readonly (string | number | undefined | null)[])[]): string {
  return '\uFEFF' + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
