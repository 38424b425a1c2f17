/**
 * The message for a result file that was refused. parseResults and the dashboard's aggregate
 * report a code, "kind" or "kind:detail" (the detail may itself hold colons, as a file name can);
 * this turns it into the i18n key and parameters that name the file and the problem.
 */
export function resultsErrorMessage(code: string, file: string): { key: string; params: Record<string, string> } {
  const colon = code.indexOf(':');
  const kind = colon < 0 ? code : code.slice(0, colon);
  const detail = colon < 0 ? '' : code.slice(colon + 1);
  if (kind === 'duplicate') return { key: 'dashboard.error.duplicate', params: { file, other: detail } };
  if (kind === 'other-course') return { key: 'dashboard.error.other-course', params: { file } };
  return { key: `transfer.error.${kind}`, params: { file, field: detail } };
}
