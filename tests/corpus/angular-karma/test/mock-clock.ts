// Shared by the specs: the caller's afterEach calls clock.cleanup().
export type Clock = ReturnType<typeof mockClock>;

export function mockClock(date?: Date) {
  jasmine.clock().install();
  jasmine.clock().mockDate(date);
  return {
    tick: (ms: number) => jasmine.clock().tick(ms),
    setDate: (next: Date) => jasmine.clock().mockDate(next),
    cleanup: () => {
      jasmine.clock().uninstall();
    },
  };
}

export function withFrozenClock(run: () => void) {
  jasmine.clock().install();
  run();
  jasmine.clock().uninstall();
}
