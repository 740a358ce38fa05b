process.env.NODE_ENV = 'test';
process.env.JWT_SECRET = 'test-secret';
Object.assign(process.env, { MAIL_TRANSPORT: 'memory' });
