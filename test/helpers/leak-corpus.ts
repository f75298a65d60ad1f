// Secret-shaped values that must never reach a log, an output or a file: every form a leak could
// take (PEM lines, JSON, base64 with and without padding, runner-escaped text, newlines, unicode).
export const LEAK_CORPUS: Readonly<Record<string, string>> = {
  PEM_KEY: [
    '-----BEGIN PRIVATE KEY-----',
    'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj',
    'MzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu',
    'NMoSfm76oqFvAp8Gy0iz5sxjZmSnXyCdPEovGhLa0VzMaQ8s+CLOyS56YyCFGeJZ',
    '-----END PRIVATE KEY-----',
    ''
  ].join('\n'),
  JSON_CREDS:
    '{"type": "service_account", "private_key_id": "a1b2c3d4e5", "client_email": "ci@proj.iam.gserviceaccount.com"}',
  B64_TOKEN: 'c2stYW50LWFwaTAzLXNlY3JldC12YWx1ZS0xMjM0NTY3ODkw',
  B64_PADDED: 'c2stYW50LXBhZGRlZC12YWx1ZQ==',
  B64_PAD_ONE: 'dG9rZW4tb25lLXBhZGRpbmc=',
  TRUE_VALUE: 'true',
  PERCENT: 'p%25ss%0Aw%rd%',
  COLONS: '::error::fake-command::x',
  QUOTES: `it's a "quoted" \`value\``,
  NEWLINES: 'first secret line\r\nsecond secret line\nthird secret line',
  SHORT: 'q7Z',
  UNICODE: 'pässwörd-🔑-秘密'
};
