import {readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';

export const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures', 'secret-guard');

export function fixturePath(name: string): string {
  return join(FIXTURES, `${name}.json`);
}

export function loadPayload(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(fixturePath(name), 'utf8')) as Record<string, unknown>;
}
