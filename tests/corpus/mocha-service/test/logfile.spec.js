const fs = require('fs');
const assert = require('assert');
const logger = require('../src/logger');

// A same-file helper named like fs-extra's `remove`: the fixed path is
// reported once, at the fs call inside it, not at every call of it.
function remove(filename) {
  try {
    fs.unlinkSync(filename);
  } catch (e) {
    // already gone
  }
}

describe('file logger', () => {
  it('writes warnings to the log file', () => {
    const logFile = 'tmp-logger-tests.log';
    remove(logFile);
    logger.configure({ filename: logFile });
    logger.warn('disk almost full');
    assert.ok(fs.readFileSync(logFile, 'utf8').includes('disk almost full'));
    remove(logFile);
  });
});
