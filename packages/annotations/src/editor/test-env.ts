/** Annotorious reads `process.env.NODE_ENV`, which bundlers define and the test runner does not: import this first in tests. */
(globalThis as { process?: unknown }).process ??= { env: { NODE_ENV: 'test' } };
