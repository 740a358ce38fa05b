// Config-named setup file: top-level env writes are the suite's intended set-up.
process.env.TZ = 'UTC';
process.env.LOG_LEVEL = 'silent';
