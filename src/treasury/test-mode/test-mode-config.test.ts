import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config.js';

describe('test-mode delays configuration', () => {
  it('defaults, accepted values, and out-of-range values refused at start with the variable named', () => {
    expect(loadConfig({}).testMode).toEqual({ delayMs: 5_000, returnDelayMs: 10_000, featureDelayMs: 0 });
    expect(
      loadConfig({ FINGRAPH_TEST_MODE_DELAY_MS: '0', FINGRAPH_TEST_MODE_RETURN_DELAY_MS: '86400000', FINGRAPH_TEST_MODE_FEATURE_DELAY_MS: '250' }).testMode,
    ).toEqual({ delayMs: 0, returnDelayMs: 86_400_000, featureDelayMs: 250 });
    for (const [name, value] of [
      ['FINGRAPH_TEST_MODE_DELAY_MS', '-1'],
      ['FINGRAPH_TEST_MODE_DELAY_MS', '86400001'],
      ['FINGRAPH_TEST_MODE_DELAY_MS', '1.5'],
      ['FINGRAPH_TEST_MODE_RETURN_DELAY_MS', 'soon'],
      ['FINGRAPH_TEST_MODE_FEATURE_DELAY_MS', '-5'],
    ] as const) {
      expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
      expect(() => loadConfig({ [name]: value })).toThrow(name);
    }
  });
});
