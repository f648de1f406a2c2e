import { after, describe, it } from 'node:test';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;
RuleTester.afterAll = after;

/** A RuleTester that parses TypeScript with decorators and reports through `node --test`. */
export const ruleTester = new RuleTester({ languageOptions: { parser: tseslint.parser } });
