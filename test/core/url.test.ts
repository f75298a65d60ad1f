import {redactUrl} from '@ci-actions/core';

describe('redactUrl', () => {
  it.each([
    [
      'https://user:tok3n@host.example:8443/a/b.tgz?X-Amz-Signature=abc#frag',
      'https://host.example:8443/a/b.tgz'
    ],
    [
      'https://user:token@mirror.example/uv/a.tar.gz?sig=secret#x',
      'https://mirror.example/uv/a.tar.gz'
    ],
    ['http://127.0.0.1:8080/helm/h.tgz', 'http://127.0.0.1:8080/helm/h.tgz'],
    ['https://host/?token=1', 'https://host/'],
    ['https://host?token=1', 'https://host'],
    ['http://127.0.0.1:9', 'http://127.0.0.1:9'],
    ['git+ssh://git:pw@host.example/repo', 'git+ssh://host.example/repo'],
    // Not URLs: a command, a cache key, a scheme without a host.
    ['uv sync', 'uv sync'],
    ['ci-actions-tool-helm-3.16.4', 'ci-actions-tool-helm-3.16.4'],
    ['mailto:someone@example.com', 'mailto:someone@example.com'],
    // Looks like a URL but does not parse: its credentials must not come through.
    ['https://user:tok3n@host.example:99999/x', '(invalid URL)'],
    ['http://u:p@[::1/x', '(invalid URL)']
  ])('%p -> %p', (input, expected) => {
    expect(redactUrl(input)).toBe(expected);
  });
});
