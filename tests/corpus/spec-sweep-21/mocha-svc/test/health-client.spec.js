const { expect } = require('chai');

describe('deployed health check', () => {
  it('answers on the dev server', async () => {
    const res = await fetch('http://localhost:3000/health');
    expect(res.status).to.equal(200);
  });
});
