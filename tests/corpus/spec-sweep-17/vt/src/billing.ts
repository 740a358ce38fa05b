export function renewalDate(): Date {
  const now = new Date(Date.now());
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
}
