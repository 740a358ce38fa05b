import { TestBed } from '@angular/core/testing';
import { HttpClientModule } from '@angular/common/http';
import { ProfileService } from './profile.service';

// The real HttpClient: the request reaches the configured API server.
describe('ProfileService against the dev API', () => {
  let service: ProfileService;

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [HttpClientModule] });
    service = TestBed.inject(ProfileService);
  });

  it('creates a profile', (done) => {
    service.createUser({ email: 'profile-owner@example.com' }).subscribe(() => done());
  });
});
