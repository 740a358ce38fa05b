import * as fs from 'fs';
import { promises as fsp } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { describe, it, expect } from 'vitest';
import { buildCatalog } from '../src/catalog';

const CACHE_FILE = '/tmp/sweep3-catalog-cache.json';

describe('catalog cache', () => {
  it('writes the cache through a namespace import', () => {
    fs.writeFileSync(CACHE_FILE, JSON.stringify(buildCatalog()));
    expect(fs.existsSync(CACHE_FILE)).toBe(true);
  });

  it('writes state through fs.promises renamed', async () => {
    const target = path.resolve(os.tmpdir(), 'sweep3-state.json');
    await fsp.writeFile(target, '{}');
  });

  it('writes inside a private mkdtemp dir', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'catalog-'));
    await fsp.writeFile(path.join(dir, 'state.json'), '{}');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reads a shipped fixture', () => {
    const raw = fs.readFileSync(path.join(__dirname, 'fixtures', 'catalog.json'), 'utf8');
    expect(JSON.parse(raw)).toBeTruthy();
  });
});
