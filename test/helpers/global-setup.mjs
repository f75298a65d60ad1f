import {ensureNode24} from '../../scripts/lib/node24.mjs';

// Integration tests run every bundle under Node 20 (this process) and a real Node 24.
export default function globalSetup() {
  process.env.CI_ACTIONS_NODE24 = ensureNode24();
}
