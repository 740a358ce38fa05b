const shell = require('shelljs');

describe('scaffold in a restored cwd', () => {
  const start = process.cwd();

  afterEach(() => {
    shell.cd(start);
  });

  it('runs in the fixture dir', () => {
    shell.cd('test/fixtures/app');
    expect(shell.ls().length).toBeGreaterThan(0);
  });
});

describe('scaffold without restore', () => {
  it('pushes into the fixture dir', () => {
    shell.pushd('test/fixtures/app');
    expect(shell.ls().length).toBeGreaterThan(0);
  });
});
