import path from 'node:path';
import { loadConfig } from '../src/config';

const savedRegion = process.env.AWS_REGION;

afterEach(() => {
  process.env.AWS_REGION = savedRegion;
});

test('reads the region', () => {
  process.env.AWS_REGION = 'eu-west-1';
  expect(loadConfig().region).toBe('eu-west-1');
});

test('reads the API url', () => {
  process.env.API_URL =
    'http://localhost:8080';
  expect(loadConfig().apiUrl).toMatch(/8080/);
});

test('merges feature flags', () => {
  Object.assign(process.env, {
    FEATURE_X: '1',
    FEATURE_Y: '0',
  });
  expect(loadConfig().features).toEqual(['x']);
});

test('resolves files from the fixture dir', () => {
  process.chdir(
    path.join(__dirname, 'fixtures', 'project'),
  );
  expect(loadConfig().root).toContain('project');
});

test('restores the cwd itself', () => {
  const before = process.cwd();
  try {
    process.chdir(
      path.join(__dirname, 'fixtures'),
    );
    expect(loadConfig().root).toContain('fixtures');
  } finally {
    process.chdir(before);
  }
});
