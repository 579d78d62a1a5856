import { describe, expect, it } from 'vitest';
import { licenseLink } from './license.ts';

describe('licenseLink', () => {
  it('links a Creative Commons license to its deed', () => {
    expect(licenseLink('CC BY 2.5')).toEqual({ name: 'CC BY 2.5', href: 'https://creativecommons.org/licenses/by/2.5/' });
    expect(licenseLink('CC BY-NC-SA 4.0')).toEqual({ name: 'CC BY-NC-SA 4.0', href: 'https://creativecommons.org/licenses/by-nc-sa/4.0/' });
    expect(licenseLink('CC0')).toEqual({ name: 'CC0', href: 'https://creativecommons.org/publicdomain/zero/1.0/' });
  });

  it('links the address a license text gives, and names it without the address', () => {
    expect(licenseLink('CC BY 2.5 (https://creativecommons.org/licenses/by/2.5/); attribution: Wikinews contributors')).toEqual({
      name: 'CC BY 2.5; attribution: Wikinews contributors',
      href: 'https://creativecommons.org/licenses/by/2.5/',
    });
  });

  it('leaves a license it cannot place as text', () => {
    expect(licenseLink('All rights reserved')).toEqual({ name: 'All rights reserved' });
  });
});
