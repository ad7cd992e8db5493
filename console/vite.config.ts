import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { themeCss } from './theme-css.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const engine = process.env.ENGINE_URL ?? 'http://127.0.0.1:3000';

/**
 * The theme's CSS variables as a static stylesheet (`virtual:theme.css`). Mantine would otherwise write
 * them into a `<style>` element at run time, which the engine's Content-Security-Policy
 * (`style-src 'self'`) refuses; MantineProvider runs with `withCssVariables={false}`.
 */
function themeStylesheet(): Plugin {
  const id = 'virtual:theme.css';
  const resolved = `\0${id}`;
  return {
    name: 'nihil-obstat-theme-css',
    resolveId: (source) => (source === id ? resolved : undefined),
    load: (source) => (source === resolved ? themeCss() : undefined),
  };
}

const LOCALE_FILE = /\/locales\/([a-z]{2})\/[^/]+\.json$/;
const localeChunk = (id: string) => {
  const language = LOCALE_FILE.exec(id)?.[1];
  return language ? `locale-${language}` : null;
};

/** The web console: `npm run build` writes it to dist/console, which the engine serves at `/`. */
export default defineConfig({
  root: here,
  base: '/',
  plugins: [react(), themeStylesheet()],
  build: {
    outDir: fileURLToPath(new URL('../dist/console', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    // One script and one stylesheet for the console; assets are hashed and served as immutable.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // A language's messages in one chunk of their own (locale-fr-[hash].js), fetched when it is chosen.
        codeSplitting: { groups: [{ name: localeChunk, test: LOCALE_FILE }] },
      },
    },
  },
  server: {
    // `npm run console:dev`: Vite on 5173 (or --port), the API from an engine on ENGINE_URL (default port 3000).
    proxy: { '/v1': engine, '/docs': engine, '/health': engine },
  },
});
