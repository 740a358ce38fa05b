import { DynamoDB } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocument, PutCommand } from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'crypto';

const ddb = DynamoDBDocument.from(
  new DynamoDB({ endpoint: 'http://localhost:8000', region: 'local-env' }),
);

it('stores a file record', async () => {
  await ddb.put({ TableName: 'files', Item: { id: '1', hello: 'world' } });
  const { Item } = await ddb.get({ TableName: 'files', Key: { id: '1' } });
  expect(Item).toEqual({ id: '1', hello: 'world' });
});

it('stores a user through a command', async () => {
  await ddb.send(new PutCommand({ TableName: 'users', Item: { email: 'owner@example.com', plan: 'free' } }));
});

it('stores a record under a fresh key', async () => {
  const id = randomUUID();
  await ddb.put({ TableName: 'files', Item: { id, hello: 'world' } });
});
