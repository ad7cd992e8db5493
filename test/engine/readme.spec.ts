import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The README a newcomer reads in ten minutes, and the guides in docs/ it leads to: every link stays
 * inside the repository and reaches a file that exists.
 */
const ROOT = resolve('.');
const README = 'README.md';
const MAX_README_LINES = 250;
const THE_TWO_COMMANDS = ['npm ci && npm start', 'npm test'];

const guides = () =>
  readdirSync('docs')
    .filter((name) => name.endsWith('.md'))
    .map((name) => join('docs', name));

const withoutCode = (markdown: string) => markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');

function linksOf(markdown: string): string[] {
  const text = withoutCode(markdown);
  const inline = [...text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((match) => match[1]);
  const referenced = [...text.matchAll(/^\s*\[[^\]]+\]:\s*(\S+)/gm)].map((match) => match[1]);
  return [...inline, ...referenced];
}

const isExternal = (target: string) => /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//');

function brokenLinks(file: string): string[] {
  const problems: string[] = [];
  for (const target of linksOf(readFileSync(file, 'utf8'))) {
    if (isExternal(target)) {
      problems.push(`${file}: ${target} points outside the repository`);
      continue;
    }
    const path = decodeURI(target.split('#')[0]);
    if (path === '') continue;
    const reached = resolve(dirname(file), path);
    if (relative(ROOT, reached).startsWith('..')) problems.push(`${file}: ${target} points outside the repository`);
    else if (!existsSync(reached)) problems.push(`${file}: ${target} names no file`);
  }
  return problems;
}

describe('README.md', () => {
  const readme = readFileSync(README, 'utf8');

  it(`has at most ${MAX_README_LINES} lines`, () => {
    expect(readme.trimEnd().split('\n').length).toBeLessThanOrEqual(MAX_README_LINES);
  });

  it('starts with the title, then the two commands that matter on a fresh machine, each with its comment', () => {
    const lines = readme.split('\n');
    expect(lines[0]).toMatch(/^# /);
    const firstBlock = lines.slice(1).find((line) => line.trim() !== '');
    expect(firstBlock).toBe('```bash');
    const commands = lines.slice(lines.indexOf('```bash') + 1, lines.indexOf('```bash') + 3);
    commands.forEach((line, i) => {
      expect(line.startsWith(`${THE_TWO_COMMANDS[i]} `)).toBe(true);
      expect(line).toMatch(/ {2,}# \S/);
    });
  });

  it('leads to every guide in docs/', () => {
    const linked = new Set(linksOf(readme).map((target) => target.split('#')[0]));
    expect(guides().filter((guide) => !linked.has(guide))).toEqual([]);
  });
});

describe('links in README.md and docs/*.md', () => {
  it('all point to files of the repository that exist', () => {
    expect([README, ...guides()].flatMap(brokenLinks)).toEqual([]);
  });

  it('are found by the check, so that it can fail', () => {
    expect(linksOf('[a](docs/a.md) `[b](c.md)` [d](e.md#f "g")\n[h]: i.md\n```\n[j](k.md)\n```')).toEqual(['docs/a.md', 'e.md#f', 'i.md']);
    expect(isExternal('https://example.org')).toBe(true);
    expect(isExternal('docs/security.md#webhooks')).toBe(false);
  });
});
