process.env.TZ = 'UTC';
process.env.JOBS_QUEUE = `jobs-${process.env.JEST_WORKER_ID}`;
