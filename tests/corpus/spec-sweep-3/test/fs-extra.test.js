const fse = require('fs-extra');
const os = require('os');
const path = require('path');

const BUILD_DIR = './tmp-build';

describe('asset pipeline', () => {
  beforeEach(async () => {
    await fse.ensureDir(path.join(os.tmpdir(), 'sweep3-assets'));
  });

  afterEach(async () => {
    await fse.remove(BUILD_DIR);
  });

  it('outputs a bundle', async () => {
    await fse.outputFile('/tmp/sweep3/bundle.js', 'console.log(1)');
  });

  it('outputs into a mkdtemp dir', async () => {
    const dir = await fse.mkdtemp(path.join(os.tmpdir(), 'assets-'));
    await fse.outputFile(path.join(dir, 'bundle.js'), '');
  });
});
