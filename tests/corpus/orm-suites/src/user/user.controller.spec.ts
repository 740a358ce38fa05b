import { Test, TestingModule } from '@nestjs/testing';
import { UserController } from './user.controller';
import { UserService } from './user.service';

describe('UserController', () => {
  let controller: UserController;

  const mockUserService = {
    create: jest.fn((dto) => ({ ...dto, token: 't' })),
    delete: jest.fn(() => 1),
  };

  beforeEach(async () => {
    const module: TestingModule = await Test.createTestingModule({
      controllers: [UserController],
      providers: [UserService],
    })
      .overrideProvider(UserService)
      .useValue(mockUserService)
      .compile();

    controller = module.get<UserController>(UserController);
  });

  it('creates a user through the mocked service', async () => {
    const email = 'test@test.com';
    expect(await controller.create({ email, username: 'test', password: 'test' })).toEqual(
      expect.objectContaining({ email }),
    );
  });
});
