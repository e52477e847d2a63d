// The environment schema: defaults, blank as unset, errors naming the variable, its value and what is
// allowed (never a connection string's password), and `env` reading process.env as it is now.
import { afterEach, describe, expect, it } from 'vitest';
import { env, parseEnv } from './env';

describe('parseEnv', () => {
  it('gives the defaults for an empty environment and treats blank as unset', () => {
    expect(parseEnv({})).toEqual({ PORT: 3000, HOSTNAME: '0.0.0.0' });
    expect(parseEnv({ DATABASE_URL: '', ANB_DB_DIR: '  ', PUBLIC_URL: ' ' })).toEqual({ PORT: 3000, HOSTNAME: '0.0.0.0' });
  });

  it('takes every variable the server reads', () => {
    const source = {
      ANB_DATA_DIR: '/data/anb',
      ANB_DB_DIR: 'memory://',
      ANB_MODEL_DIR: 'build/models',
      DATABASE_URL: 'postgresql://anb@db:5432/anb',
      ANB_TEST_DATABASE_URL: 'postgres://postgres@127.0.0.1:5433/anb_unit',
      PORT: '3277',
      HOSTNAME: '127.0.0.1',
      PUBLIC_URL: 'https://example.org/anb/',
      ANB_TRUSTED_PROXIES: '127.0.0.1,10.0.0.0/24',
      ANB_REQUESTS_PER_TURN: '4',
      SHELL: '/bin/bash',
    };
    const { SHELL: _unread, ...read } = source;
    expect(parseEnv(source)).toEqual({ ...read, PORT: 3277, ANB_REQUESTS_PER_TURN: 4 });
  });

  it('names each bad variable with its value and what is allowed', () => {
    const run = () => parseEnv({ PORT: '70000', PUBLIC_URL: 'ftp://example.org' });
    expect(run).toThrow('PORT must be an integer from 1 to 65535, not "70000"');
    expect(run).toThrow(
      /PUBLIC_URL must be an absolute http\(s\) URL such as https:\/\/anb\.example\.org \(a path prefix is allowed\), not "ftp:\/\/example\.org"/,
    );
    expect(() => parseEnv({ PORT: 'eighty' })).toThrow('Invalid environment: PORT must be an integer from 1 to 65535, not "eighty".');
    expect(() => parseEnv({ ANB_TRUSTED_PROXIES: '127.0.0.1,nginx' })).toThrow(
      /ANB_TRUSTED_PROXIES must list IP addresses or CIDR ranges: "nginx" is not an IP address or CIDR range.*, not "127.0.0.1,nginx"/,
    );
    expect(() => parseEnv({ ANB_REQUESTS_PER_TURN: '0' })).toThrow(
      /ANB_REQUESTS_PER_TURN must be at least 1 \(a turn that starts nothing never serves\), not "0"/,
    );
    expect(() => parseEnv({ PORT: '80.5' })).toThrow('Invalid environment: PORT must be an integer from 1 to 65535, not "80.5".');
  });

  it('does not echo a connection string, which may carry a password', () => {
    for (const name of ['DATABASE_URL', 'ANB_TEST_DATABASE_URL']) {
      const run = () => parseEnv({ [name]: 'mysql://root:s3cret@db/anb' });
      expect(run).toThrow(`${name} must be a connection string starting with postgres:// or postgresql://`);
      expect(run).not.toThrow(/s3cret/);
    }
  });
});

describe('env', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('reads process.env as it is at the moment of reading', () => {
    process.env.ANB_DATA_DIR = '/first';
    expect(env.ANB_DATA_DIR).toBe('/first');
    process.env.ANB_DATA_DIR = '/second';
    expect(env.ANB_DATA_DIR).toBe('/second');
    delete process.env.PORT;
    expect(env.PORT).toBe(3000);
  });

  it('fails only on the variable read', () => {
    process.env.PORT = '0';
    process.env.ANB_MODEL_DIR = 'public/models';
    expect(env.ANB_MODEL_DIR).toBe('public/models');
    expect(() => env.PORT).toThrow('PORT must be an integer from 1 to 65535, not "0"');
  });
});
