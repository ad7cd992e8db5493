'use strict';
/**
 * Jest's stand-in for the `content-disposition` package (jest.config.js, moduleNameMapper): the real one
 * is an ES module, which @fastify/static requires and Jest can require only on Node 24.9+. The engine
 * itself (plain Node) uses the real package. @fastify/static calls `create` only for `reply.download`.
 */
function create(filename) {
  const name = filename === undefined ? '' : String(filename);
  const fallback = name.replace(/[^\x20-\x7e]/g, '?').replace(/["\\]/g, '\\$&');
  return name === '' ? 'attachment' : `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

function parse() {
  throw new Error('content-disposition.parse is not available in the tests (test/support/content-disposition.cjs)');
}

module.exports = { create, parse };
