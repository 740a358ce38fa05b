describe('home page', () => {
  it('renders the title', async () => {
    const res = await fetch(`http://localhost:${process.env['PORT']}/`);
    expect(await res.text()).toContain('<h1>');
  });

  it('renders in production mode', async () => {
    process.env.NODE_ENV = 'production';
    const res = await fetch(`http://localhost:${process.env['PORT']}/`);
    expect(res.status).toBe(200);
  });
});
