import { describe, expect, it } from 'vitest';
import { BUILT_IN_MATCHES } from '../../lib/sites';

describe('built-in sites', () => {
  it('never asks for every site up front', () => {
    expect(BUILT_IN_MATCHES).not.toContain('<all_urls>');
    for (const pattern of BUILT_IN_MATCHES) expect(pattern).not.toMatch(/^\*:\/\/\*\//);
  });
});
