import { TestBed } from '@angular/core/testing';
import { HttpClientModule } from '@angular/common/http';
import { HttpClientTestingModule, HttpTestingController } from '@angular/common/http/testing';
import { SignupService } from './signup.service';

describe('SignupService (testing backend)', () => {
  let service: SignupService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [HttpClientTestingModule] });
    service = TestBed.inject(SignupService);
    http = TestBed.inject(HttpTestingController);
  });

  it('posts the signup', () => {
    service.register({ email: 'new-user@example.com' }).subscribe();
    http.expectOne('/api/users').flush({ id: 1 });
  });
});

describe('SignupService (smoke, real backend)', () => {
  let service: SignupService;

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [HttpClientModule] });
    service = TestBed.inject(SignupService);
  });

  it('registers against the dev API', (done) => {
    service.register({ email: 'smoke-user@example.com' }).subscribe(() => done());
  });
});
