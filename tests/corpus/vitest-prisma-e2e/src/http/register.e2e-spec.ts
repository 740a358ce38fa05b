import request from 'supertest'
import { app } from '../app'
import { prisma } from '../lib/prisma'

// The config's environment gives this file a schema of its own: the fixed
// e-mail and the wipe touch nobody else's rows.
describe('Register (e2e)', () => {
  beforeAll(async () => {
    await app.ready()
  })

  afterEach(async () => {
    await prisma.user.deleteMany()
  })

  afterAll(async () => {
    await app.close()
  })

  test('registers an account', async () => {
    const response = await request(app.server).post('/accounts').send({
      name: 'john doe',
      email: 'johndoe@email.com',
      password: '123456789',
    })

    expect(response.statusCode).toEqual(201)
  })
})
