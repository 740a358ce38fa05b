// Loaded through .mocharc.json `require` in every worker before the spec
// files: the suite's intended global set-up.
process.env.NODE_ENV = 'test';
process.env.TZ = 'UTC';
