const express = require('express');
const { knex } = require('./db');

const app = express();
app.use(express.json());

app.get('/health', (_req, res) => res.json({ ok: true }));

app.post('/users', async (req, res) => {
  const [user] = await knex('users').insert(req.body).returning('*');
  res.status(201).json(user);
});

if (require.main === module) {
  app.listen(3000, () => console.log('listening on 3000'));
}

module.exports = app;
