const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { saveUpload } = require('../src/uploads');

const UPLOAD_NAME = 'upload.bin';

function uploadTarget() {
  return os.tmpdir() + '/' + UPLOAD_NAME;
}

describe('uploads', () => {
  it('writes under a random name', () => {
    const target = path.join(os.tmpdir(), 'up-' + crypto.randomBytes(6).toString('hex'));
    fs.writeFileSync(target, Buffer.from('abc'));
    saveUpload(target);
    fs.unlinkSync(target);
  });

  it('writes under a timestamped name', () => {
    const target = `${os.tmpdir()}/up-${Date.now()}.bin`;
    fs.writeFileSync(target, Buffer.from('abc'));
    fs.unlinkSync(target);
  });

  it('writes into a fresh mkdtemp directory', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'up-'));
    fs.writeFileSync(path.join(dir, UPLOAD_NAME), Buffer.from('abc'));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes to the path a helper builds from a constant', () => {
    fs.writeFileSync(uploadTarget(), Buffer.from('abc'));
    saveUpload(uploadTarget());
  });

  it('writes under the temp dir joined with a literal only', () => {
    const out = fs.createWriteStream(path.join(os.tmpdir(), 'uploads', 'log.txt'));
    out.end('done');
  });
});
