import { mockClient } from 'aws-sdk-client-mock';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { putItemHandler } from '../../src/handlers/put-item';

const ddbMock = mockClient(DynamoDBDocumentClient);

beforeEach(() => {
  ddbMock.reset();
});

it('adds the item to the table', async () => {
  ddbMock.on(PutCommand).resolves({});
  const docClient = DynamoDBDocumentClient.from(new DynamoDBClient({}));
  await docClient.send(new PutCommand({ TableName: 'users', Item: { id: 'id1', name: 'name1' } }));
  const result = await putItemHandler({ httpMethod: 'POST', body: '{"id": "id1"}' });
  expect(result.statusCode).toBe(200);
});
