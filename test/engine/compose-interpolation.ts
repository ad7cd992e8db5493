import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

/** js-yaml comes with the tooling (a transitive dependency) and has no types of its own. */
const yaml = createRequire(resolve('package.json'))('js-yaml') as { load(text: string): unknown };

export interface ComposeService {
  profiles?: string[];
  image?: string;
  build?: unknown;
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  depends_on?: Record<string, { condition?: string }>;
  secrets?: string[];
  healthcheck?: unknown;
  networks?: Record<string, { ipv4_address?: string } | null>;
}

/**
 * docker-compose.yml as compose reads it: `${NAME}`, `${NAME:-default}` and `${NAME:?message}` replaced from
 * `env` (a required one missing throws, as compose refuses to start), `$$` left as one `$`.
 */
export function composeServices(env: Record<string, string>, file = 'docker-compose.yml'): Record<string, ComposeService> {
  const text = readFileSync(file, 'utf8').replace(
    /\$\$|\$\{([A-Z0-9_]+)(?::([?-])([^}]*))?\}/g,
    (whole, name: string | undefined, kind, rest: string) => {
      if (name === undefined) return '$';
      const value = env[name] ?? '';
      if (value !== '') return value;
      if (kind === '?') throw new Error(`required variable ${name} is missing a value: ${rest}`);
      return kind === '-' ? rest : '';
    },
  );
  return (yaml.load(text) as { services: Record<string, ComposeService> }).services;
}
