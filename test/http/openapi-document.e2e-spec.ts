import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenAPIObject } from '@nestjs/swagger';
import { HTTP_REFERENCE_PATH, renderHttpReference } from '../../scripts/http-reference';
import { buildOpenApiDocument } from '../../scripts/openapi-document';
import { temporaryDirectory } from '../support/temporary-directory';

/**
 * The OpenAPI document as scripts/openapi-document.ts builds it: Redocly's lint passes it
 * (recommended rules, redocly.yaml), and docs/http-api.md is the reference rendered from it.
 */

const REDOCLY = 'node_modules/.bin/redocly';

interface LintProblem {
  ruleId: string;
  severity: string;
  message: string;
  location: Array<{ pointer?: string }>;
}

interface LintReport {
  totals: { errors: number; warnings: number; ignored: number };
  problems: LintProblem[];
}

/** Runs Redocly offline: no telemetry, no update check. */
function redoclyLint(file: string): LintReport {
  if (!existsSync(REDOCLY)) throw new Error('@redocly/cli is not installed: npm install --save-dev @redocly/cli');
  const { NODE_OPTIONS: _jestOnly, ...env } = process.env;
  const run = spawnSync(REDOCLY, ['lint', '--config', 'redocly.yaml', '--format=json', file], {
    encoding: 'utf8',
    env: { ...env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', REDOCLY_SUPPRESS_NOTIFICATIONS: 'true' },
  });
  if (run.error) throw run.error;
  try {
    return JSON.parse(run.stdout) as LintReport;
  } catch {
    throw new Error(`redocly lint gave no JSON report (exit code ${run.status}): ${run.stderr}`);
  }
}

const describeProblem = ({ severity, ruleId, message, location }: LintProblem) =>
  `${severity} ${ruleId} at ${location[0]?.pointer ?? '?'}: ${message}`;

function firstDifferentLine(committed: string, generated: string): string | undefined {
  const [left, right] = [committed.split('\n'), generated.split('\n')];
  const index = left.findIndex((line, i) => line !== right[i]);
  if (index < 0 && left.length === right.length) return undefined;
  const at = index < 0 ? left.length : index;
  return `line ${at + 1} is ${JSON.stringify(left[at] ?? '(end of file)')}, should be ${JSON.stringify(right[at] ?? '(end of file)')}`;
}

describe('the OpenAPI document', () => {
  let document: OpenAPIObject;

  beforeAll(async () => {
    document = await buildOpenApiDocument();
  });

  it('passes redocly lint with no error and no warning (rules switched off only in redocly.yaml)', () => {
    const dir = temporaryDirectory();
    try {
      const file = join(dir.path, 'openapi.json');
      writeFileSync(file, JSON.stringify(document));
      const report = redoclyLint(file);
      expect(report.problems.map(describeProblem)).toEqual([]);
      expect(report.totals).toEqual({ errors: 0, warnings: 0, ignored: 0 });
    } finally {
      dir.remove();
    }
  });

  it(`is what ${HTTP_REFERENCE_PATH} describes`, () => {
    const committed = existsSync(HTTP_REFERENCE_PATH) ? readFileSync(HTTP_REFERENCE_PATH, 'utf8') : '';
    const difference = firstDifferentLine(committed, renderHttpReference(document));
    if (difference) throw new Error(`${HTTP_REFERENCE_PATH} is out of date (${difference}): run \`npm run docs:http\``);
  });
});
