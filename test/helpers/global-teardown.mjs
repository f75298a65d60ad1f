import {rmSync} from 'node:fs';

export default function globalTeardown() {
  if (process.env.TMPDIR?.includes('ci-actions-jest-')) {
    rmSync(process.env.TMPDIR, {recursive: true, force: true});
  }
}
