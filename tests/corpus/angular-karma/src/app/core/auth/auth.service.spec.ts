import { TestBed } from '@angular/core/testing';
import { HttpClientTestingModule, HttpTestingController } from '@angular/common/http/testing';
import { AuthService, SignupRequest } from './auth.service';

describe('AuthService', () => {
  let service: AuthService;
  let httpMock: HttpTestingController;

  const signup: SignupRequest = {
    email: 'name@host.com',
    username: 'username',
    password: 'password',
  };

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [HttpClientTestingModule] });
    service = TestBed.inject(AuthService);
    httpMock = TestBed.inject(HttpTestingController);
  });

  afterEach(() => httpMock.verify());

  it('posts the signup', (done) => {
    service.register(signup).subscribe(() => done());
    const req = httpMock.expectOne('/api/auth/signup');
    expect(req.request.method).toBe('POST');
    req.flush(null);
  });

  it('creates an account', () => {
    service.createUser({ email: 'rocky@gmail.com', username: 'rocky' }).subscribe();
    httpMock.expectOne('/api/users').flush({ id: 5 });
  });

  it('logs in', () => {
    service.login('admin', 'password').subscribe();
    httpMock.expectOne('/api/auth').flush({ token: 't' });
  });
});
