// Suite-wide environment, loaded by Jest before every test file.
process.env.TZ = 'UTC';
Object.assign(process.env, {
  LOG_LEVEL: 'silent',
  FEATURE_FLAGS: 'none',
});
