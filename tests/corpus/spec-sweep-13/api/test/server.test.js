const http = require('node:http');
const knex = require('./knex');

function metricsPort() {
  return 9464;
}

const workerPort = () => 4100 + Number(process.env.JEST_WORKER_ID);

async function dropScratchTables() {
  await knex.schema.dropTableIfExists('scratch_events');
}

describe('server', () => {
  let server;

  beforeAll((done) => {
    server = http.createServer((req, res) => res.end('ok')).listen(workerPort(), done);
  });

  afterAll(async () => {
    await dropScratchTables();
    server.close();
  });

  it('exposes metrics', (done) => {
    const metrics = http.createServer((req, res) => res.end('# metrics'));
    metrics.listen(metricsPort(), () => metrics.close(done));
  });
});
