import { formatAge } from './clock';

describe('formatAge with a spy', () => {
  it('reads Date.now through a Jasmine spy', () => {
    spyOn(Date, 'now').and.returnValue(0);
    expect(formatAge(0)).toBe('just now');
  });
});

describe('formatAge with an assigned clock', () => {
  it('overwrites Date.now', () => {
    Date.now = () => 0;
    expect(formatAge(0)).toBe('just now');
  });
});

describe('formatAge with an installed clock', () => {
  afterEach(() => {
    jasmine.clock().uninstall();
  });

  it('installs and is uninstalled', () => {
    jasmine.clock().install();
    expect(formatAge(0)).toBe('just now');
  });
});

describe('formatAge, another block', () => {
  it('installs without an uninstall in its scope', () => {
    jasmine.clock().install();
    expect(formatAge(0)).toBe('just now');
  });
});
