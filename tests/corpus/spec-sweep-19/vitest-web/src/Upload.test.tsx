import { describe, it, expect, afterEach } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { render, screen } from '@testing-library/react';
import { Uploader } from './Uploader';

const AVATAR = path.join(
  os.tmpdir(),
  'avatar.png',
);

describe('Uploader', () => {
  afterEach(() => {
    fs.rmSync(AVATAR, { force: true });
  });

  it('previews a dropped file', () => {
    fs.writeFileSync(
      AVATAR,
      Buffer.from([0x89, 0x50, 0x4e, 0x47]),
    );
    render(<Uploader file={AVATAR} />);
    expect(screen.getByRole('img')).toBeTruthy();
    expect(fs.existsSync(AVATAR)).toBe(true);
  });

  it('exports the upload log next to the project', () => {
    const stream = fs.createWriteStream(
      path.join('out', 'uploads', 'log.csv'),
      { flags: 'a' },
    );
    stream.end('id,size\n');
  });

  it('writes into its own temporary directory', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'upload-'));
    fs.writeFileSync(
      path.join(dir, 'avatar.png'),
      Buffer.alloc(4),
    );
    render(<Uploader file={path.join(dir, 'avatar.png')} />);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
