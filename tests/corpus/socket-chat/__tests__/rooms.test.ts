import request from 'supertest';
import { app } from '../src/app';

type Room = { id: string; slug: string };

describe('rooms api (written as a story)', () => {
  let roomId: string;
  let inviteCode = '';
  let lastStatus = 0;

  beforeEach(() => {
    lastStatus = 0;
  });

  it('creates a room', async () => {
    const res = await request(app).post('/rooms').send({ title: 'Random' });
    roomId = (res.body as Room).id;
    lastStatus = res.status;
    expect(res.status).toBe(201);
  });

  it('creates an invite', async () => {
    const res = await request(app).post(`/rooms/${roomId}/invites`);
    inviteCode = res.body.code;
    expect(res.status).toBe(201);
  });

  it('joins with the invite', async () => {
    const res = await request(app).post('/join').send({ code: inviteCode });
    expect(res.body.roomId).toBe(roomId);
  });
});

describe('rooms api (self-contained)', () => {
  let created: Room | undefined;

  beforeAll(async () => {
    const res = await request(app).post('/rooms').send({ title: 'Lobby' });
    created = res.body as Room;
  });

  it('reads the room made in the hook', async () => {
    const res = await request(app).get(`/rooms/${created?.id}`);
    expect(res.status).toBe(200);
  });

  it('lists rooms', async () => {
    const res = await request(app).get('/rooms');
    expect(res.body.map((r: Room) => r.id)).toContain(created?.id);
  });
});
