import 'dotenv/config'
import './db-setup.ts'
import { afterEach } from 'vitest'
import { server } from '../mocks/server.ts'

afterEach(() => server.resetHandlers())
