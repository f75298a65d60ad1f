/** Sends process.stdout to a string until `stop` is called, which returns what was written. */
function redirect(): {stop(): string} {
  const write = process.stdout.write;
  let stdout = '';
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += chunk.toString();
    return true;
  }) as typeof process.stdout.write;
  return {
    stop: () => {
      process.stdout.write = write;
      return stdout;
    }
  };
}

/** Runs `fn` with process.stdout captured; returns what it wrote. */
export async function captureStdout(fn: () => unknown): Promise<string> {
  const capture = redirect();
  try {
    await fn();
  } finally {
    capture.stop();
  }
  return capture.stop();
}

export function captureStdoutSync(fn: () => void): string {
  const capture = redirect();
  try {
    fn();
  } finally {
    capture.stop();
  }
  return capture.stop();
}
