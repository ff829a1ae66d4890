import { ConfigError, loadConfig } from '../../server/config';

describe('configuration from the environment', () => {
  it('has working defaults: SQLite in ./data, port 4000', () => {
    const c = loadConfig({});
    expect(c.databaseUrl).toBe('sqlite:./data/diemcau.sqlite');
    expect(c.port).toBe(4000);
    expect(c.introspection).toBe(true);
  });

  it('names each bad value', () => {
    expect(() => loadConfig({ PORT: 'abc', DATABASE_URL: 'postgres://x' })).toThrow(ConfigError);
    let message = 'no error';
    try {
      loadConfig({ PORT: '70000', DATABASE_URL: 'postgres://x', JWT_SECRET: 'short' });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/PORT/);
    expect(message).toMatch(/DATABASE_URL: must be sqlite:<path> or mysql:/);
    expect(message).toMatch(/JWT_SECRET: must be at least 32 characters/);
  });

  it('wants the admin username and password together', () => {
    expect(() => loadConfig({ ADMIN_USERNAME: 'admin' })).toThrow(/set together/);
  });

  it('turns introspection off in production unless asked', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', INTROSPECTION: 'true' }).introspection).toBe(true);
  });
});
