// A static-site build suite (set 91: metalsmith's watcher and hexo's config tests).
const assert = require('assert');
const pathFn = require('path');
const osFn = require('os');
const { unlinkSync, writeFileSync } = require('fs');
const { build } = require('../src/site');

describe('watch builds', function () {
  let initialBuild = true;
  let lastOutput;

  this.timeout(5000);
  // `this` is the suite: the reset runs before every test.
  this.beforeEach(() => {
    initialBuild = true;
  });

  it('rebuilds after an added file', async function () {
    if (initialBuild) {
      initialBuild = false;
    }
    lastOutput = await build({ watch: true });
  });

  it('rebuilds after a removed file', async function () {
    assert.strictEqual(initialBuild, true);
    assert.ok(lastOutput.files.length > 0);
  });
});

describe('combined config', function () {
  it('writes the merged config to the temp dir', function () {
    const outputPath = osFn.tmpdir();
    const combinedPath = pathFn.join(outputPath, '_multiconfig.yml');
    writeFileSync(combinedPath, 'author: foo');
    unlinkSync(combinedPath);
  });
});
