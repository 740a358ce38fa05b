export const sent: Array<{ to: string }> = [];
let calls = 0;

export function sendMail(to: string): void {
  calls += 1;
  sent.push({ to });
  process.env.LAST_MAIL = to;
}

export function callCount(): number {
  return calls;
}
