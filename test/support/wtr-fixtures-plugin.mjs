import { ensureFixtures, resolveFixture } from '../fixtures/serve.mjs';

const STATUS_KEY = 'vellumFixtureStatus';

/**
 * @web/test-runner plugin serving the test fixtures under /fixtures/, generating them first if needed.
 * The dev server's `serve` hook always answers 200, so a fixture's own status (404, 500...) is
 * restored in the `transform` hook, which runs on the way back out.
 */
export function fixturesPlugin() {
  return {
    name: 'vellum-fixtures',
    async serverStart() {
      await ensureFixtures();
    },
    async serve(context) {
      const result = await resolveFixture(context.url, context.origin);
      if (!result) return undefined;
      if (result.status !== 200) context.state[STATUS_KEY] = result.status;
      return { body: result.body, type: result.type, headers: result.headers };
    },
    transform(context) {
      const status = context.state[STATUS_KEY];
      if (status) context.status = status;
    },
  };
}
