import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {ensureNode24} from '../../scripts/lib/node24.mjs';

// Integration tests run every bundle under Node 20 (this process) and a real Node 24. Every
// temporary directory of the run goes under one root that the teardown removes.
export default function globalSetup() {
  process.env.CI_ACTIONS_NODE24 = ensureNode24();
  process.env.TMPDIR = mkdtempSync(join(tmpdir(), 'ci-actions-jest-'));
}
