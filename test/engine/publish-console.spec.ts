import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { publishConsole } from '../../scripts/publish-console';
import { temporaryDirectory } from '../support/temporary-directory';

/** `npm run build:console`'s last step: a console built elsewhere put where the engine serves it. */
describe('publishing a built console', () => {
  const dir = temporaryDirectory();
  const built = join(dir.path, 'built');
  const served = join(dir.path, 'served');
  afterAll(() => dir.remove());

  const write = (root: string, files: Record<string, string>) => {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, name)), { recursive: true });
      writeFileSync(join(root, name), text);
    }
  };
  const contents = (root: string) =>
    Object.fromEntries(
      readdirSync(root, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => [
          join(entry.parentPath, entry.name).slice(root.length + 1),
          readFileSync(join(entry.parentPath, entry.name), 'utf8'),
        ]),
    );

  it('creates the served folder, then replaces it file by file: new files in, stale ones out, nothing half-named left', () => {
    write(built, { 'index.html': 'one', 'assets/index-1.js': 'js 1', 'favicon.svg': 'icon' });
    publishConsole(built, served);
    expect(contents(served)).toEqual({ 'index.html': 'one', 'assets/index-1.js': 'js 1', 'favicon.svg': 'icon' });

    dir.remove();
    write(built, { 'index.html': 'two', 'assets/index-2.js': 'js 2', 'favicon.svg': 'icon' });
    write(served, { 'index.html': 'one', 'assets/index-1.js': 'js 1', 'favicon.svg': 'icon' });
    publishConsole(built, served);
    expect(contents(served)).toEqual({ 'index.html': 'two', 'assets/index-2.js': 'js 2', 'favicon.svg': 'icon' });
  });

  it('refuses a folder with no index.html, and leaves the served console as it was', () => {
    write(served, { 'index.html': 'served' });
    const empty = join(dir.path, 'empty');
    mkdirSync(empty, { recursive: true });
    expect(() => publishConsole(empty, served)).toThrow('holds no index.html');
    expect(existsSync(join(served, 'index.html')) && readFileSync(join(served, 'index.html'), 'utf8')).toBe('served');
  });
});
