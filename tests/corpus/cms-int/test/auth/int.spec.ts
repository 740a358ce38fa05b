import { createCmsInstance } from '../helpers/cms'
import { createAuthenticatedUser, createRole } from '../helpers/users'

let cms

const internals = {
  user: {
    username: 'editor',
    email: 'editor@cms.test',
    password: 'Editor1234',
  },
  newPassword: 'Editor12345',
}

const state = {
  role: null,
  reviewer: { email: 'reviewer@cms.test' },
}

describe('Auth API', () => {
  beforeAll(async () => {
    cms = await createCmsInstance()
    await createAuthenticatedUser({ cms, userInfo: internals.user })
    state.role = await createRole({ name: 'reviewers' })
    await createAuthenticatedUser({ cms, userInfo: state.reviewer })
  })

  afterAll(async () => {
    await cms.destroy()
  })

  test('changes the password', async () => {
    const res = await cms.request('POST', '/auth/change-password', {
      password: internals.newPassword,
      currentPassword: internals.user.password,
    })
    expect(res.status).toBe(200)
  })
})
