import { createServer } from 'node:http';
import { Server } from 'socket.io';
import { io as connect, type Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { Message } from '../src/entities/message';
import { Room } from '../src/entities/room';

const dataSource = new DataSource({
  type: 'postgres',
  url: process.env.DATABASE_URL,
  entities: [Message, Room],
});

describe('chat server', () => {
  let io: Server;
  let client: Socket;

  beforeAll(async () => {
    await dataSource.initialize();
    io = new Server(3001);
    io.on('connection', (socket) => socket.on('say', (m) => io.emit('said', m)));
    client = connect('http://localhost:3001');
  });

  beforeEach(async () => {
    await dataSource.query('TRUNCATE TABLE "message" CASCADE');
  });

  afterAll(async () => {
    client.close();
    io.close();
    await dataSource.destroy();
  });

  it('broadcasts messages', (done) => {
    client.once('said', (m: string) => {
      expect(m).toBe('hi');
      done();
    });
    client.emit('say', 'hi');
  });

  it('stores rooms by slug', async () => {
    const rooms = dataSource.getRepository(Room);
    await rooms.save({ slug: 'general', title: 'General' });
    const room = await rooms.findOneBy({ slug: 'general' });
    expect(room?.title).toBe('General');
  });

  it('attaches to an existing http server', (done) => {
    const httpServer = createServer();
    const attached = new Server(httpServer);
    httpServer.listen(() => {
      attached.close();
      done();
    });
  });
});
