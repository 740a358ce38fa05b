// Module state reset by a function handed to beforeEach by name (not
// flagged), and a test handed a helper by name in a suite the reset does
// not reach (flagged at the mutation).
let requestCount = 0;
const seenIds = new Set();

function resetCounters() {
  requestCount = 0;
  seenIds.clear();
}

function recordRequest() {
  requestCount++;
}

describe('request log', () => {
  beforeEach(resetCounters);

  test('counts one request', () => {
    recordRequest();
    seenIds.add('req-1');
    expect(requestCount).toBe(1);
  });
});

let retries = 0;

function retryOnce() {
  retries += 1;
}

describe('retries', () => {
  it('retries once', retryOnce);
});
