const { priceAt, FakeDate } = require('../lib/pricing');

const FIXED = Date.UTC(2024, 0, 1);

describe('happy hour pricing', () => {
  let realNow;

  beforeAll(() => {
    realNow = Date.now;
    Date.now = () => FIXED;
  });

  afterAll(() => {
    Date.now = realNow;
  });

  it('applies the discount at noon', () => {
    expect(priceAt(Date.now(), 100)).toBe(80);
  });
});

describe('calendar pricing', () => {
  beforeAll(() => {
    global.Date = FakeDate;
  });

  it('charges weekend rates', () => {
    expect(priceAt(new Date().getTime(), 100)).toBe(120);
  });
});

describe('spied clock', () => {
  it('rounds to the hour', () => {
    spyOn(Date, 'now').and.returnValue(FIXED + 59 * 60 * 1000);
    expect(priceAt(Date.now(), 100)).toBe(80);
  });
});
