const app = require('../server')
const supertest = require('supertest-session')
const User = require('../models/user')

describe('user routes', () => {
  const request = supertest(app)

  const username = 'test_users'
  const password = '123456789'
  const email = 'test.users@gmail.com'

  beforeAll(async () => {
    // Objection takes the filter after the delete: only this test's user goes.
    await User.query()
      .delete()
      .where({ username })
  })

  afterAll(async () => {
    await User.query().delete()
  })

  it('creates the user', async () => {
    const res = await request
      .post('/users')
      .send({ username, password, email })
    expect(res.status).toBe(201)
  })
})
