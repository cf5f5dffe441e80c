import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { spawnServer, stopAllServers } from './support/processes.js';

/** Every setting is validated once at start; a bad value is refused with a message naming the variable. */

afterAll(() => stopAllServers());

/** The ConfigError message for `env`, failing the test if loadConfig accepts it. */
function refusal(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe('loadConfig', () => {
  it('applies the documented defaults to an empty environment', () => {
    expect(loadConfig({})).toMatchObject({
      databaseUrl: undefined,
      dataDir: '.data',
      port: 4000,
      host: '127.0.0.1',
      demo: true,
      demoKey: undefined,
      maxDepth: 12,
      maxAliases: 30,
      maxCost: 20_000,
      maxBodyBytes: 1_000_000,
      dbPoolSize: 10,
      shutdownTimeoutMs: 10_000,
      logLevel: 'info',
    });
  });

  it('reads valid values, and treats empty ones as unset', () => {
    const key = `sk_test_${'a1B2'.repeat(6)}`;
    expect(
      loadConfig({
        DATABASE_URL: 'postgresql://u:p@db:5432/fingraph',
        PORT: '0',
        FINGRAPH_DEMO: 'off',
        FINGRAPH_DEMO_KEY: key,
        FINGRAPH_MAX_DEPTH: '20',
        LOG_LEVEL: 'silent',
        HOST: '',
      }),
    ).toMatchObject({
      databaseUrl: 'postgresql://u:p@db:5432/fingraph',
      port: 0,
      demo: false,
      demoKey: key,
      maxDepth: 20,
      logLevel: 'silent',
      host: '127.0.0.1',
    });
    expect(loadConfig({ DATABASE_URL: 'postgres://localhost/x', FINGRAPH_DEMO: 'on' })).toMatchObject({ databaseUrl: 'postgres://localhost/x', demo: true });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '65536'],
    ['PORT', '-1'],
    ['PORT', '80.5'],
    ['DATABASE_URL', 'mysql://x'],
    ['DATABASE_URL', 'localhost:5432'],
    ['FINGRAPH_DEMO_KEY', 'bad'],
    ['FINGRAPH_DEMO_KEY', `sk_live_${'a'.repeat(24)}`], // the demo key is a test key
    ['FINGRAPH_DEMO_KEY', `sk_test_${'a'.repeat(15)}`],
    ['FINGRAPH_DEMO', 'maybe'],
    ['FINGRAPH_DEMO', 'true'],
    ['FINGRAPH_MAX_DEPTH', '1'],
    ['FINGRAPH_MAX_BODY_BYTES', 'lots'],
    ['FINGRAPH_DB_POOL_SIZE', '0'],
    ['LOG_LEVEL', 'verbose'],
  ])('refuses %s=%s with a message naming the variable', (name, value) => {
    const message = refusal({ [name]: value });
    expect(message).toMatch(/^Invalid configuration:/);
    expect(message).toContain(`${name}:`);
    // Only the bad variable is named.
    expect(message.split('\n').filter((l) => l.startsWith('  '))).toHaveLength(1);
  });

  it('the messages say what is expected', () => {
    expect(refusal({ DATABASE_URL: 'mysql://x' })).toContain('DATABASE_URL: must be a postgres:// or postgresql:// URL');
    expect(refusal({ FINGRAPH_DEMO_KEY: 'bad' })).toContain('FINGRAPH_DEMO_KEY: must look like sk_test_');
    expect(refusal({ FINGRAPH_DEMO: 'maybe' })).toMatch(/FINGRAPH_DEMO: .*"on".*"off"/);
  });

  it('lists every bad variable at once', () => {
    const message = refusal({ PORT: 'abc', DATABASE_URL: 'mysql://x', FINGRAPH_DEMO_KEY: 'bad', FINGRAPH_DEMO: 'maybe' });
    for (const name of ['PORT', 'DATABASE_URL', 'FINGRAPH_DEMO_KEY', 'FINGRAPH_DEMO']) expect(message).toContain(`  ${name}:`);
  });

  it('never echoes a secret-looking value back', () => {
    const url = 'mysql://admin:hunter2@db/x';
    expect(refusal({ DATABASE_URL: url })).not.toContain('hunter2');
  });
});

describe('the server process', () => {
  it('exits 1 on a bad setting and prints which one, before touching any database', async () => {
    const proc = spawnServer({ PORT: 'abc', FINGRAPH_DEMO: 'maybe', FINGRAPH_DATA_DIR: '/nonexistent/never-created' });
    expect(await proc.exited).toEqual({ code: 1, signal: null });
    expect(proc.stderr()).toContain('Invalid configuration:');
    expect(proc.stderr()).toContain('PORT:');
    expect(proc.stderr()).toContain('FINGRAPH_DEMO:');
    expect(proc.stdout()).not.toContain('GraphiQL');
  });

  it('exits 1 at once, in one line, when its port is taken, before touching any database', async () => {
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as net.AddressInfo).port;
    try {
      const proc = spawnServer({ PORT: String(port), FINGRAPH_DATA_DIR: '/nonexistent/never-created' });
      expect(await proc.exited).toEqual({ code: 1, signal: null });
      expect(proc.stderr()).toBe(`Port ${port} on 127.0.0.1 is already in use (another fingraph?): stop that process or set PORT.\n`);
      expect(proc.stdout()).toBe('');
    } finally {
      taken.close();
    }
  });
});
