export function renderReport(rows: unknown[]): string {
  return JSON.stringify(rows);
}
