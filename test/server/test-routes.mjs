// Routes the browser tests need that a plain static server does not give: a server
// without HTTP Range support, a slow server, and pages sent with a strict
// Content-Security-Policy header.
import { createReadStream, readFileSync, statSync } from 'node:fs';

const FIXTURES = new URL('../fixtures/', import.meta.url);
const CSP_PAGES = new URL('../csp/', import.meta.url);

/** The policy of a strict site (and of WordPress security plugins): nothing inline, nothing from elsewhere. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function fixture(name) {
  if (!/^[\w.-]+$/.test(name)) return undefined;
  const url = new URL(name, FIXTURES);
  try {
    return { url, size: statSync(url).size };
  } catch {
    return undefined;
  }
}

export async function testRoutes(ctx, next) {
  const page = /^\/test-routes\/csp\/([\w-]+\.(?:html|js|css))$/.exec(ctx.path);
  if (page) return strictPage(ctx, page[1]);
  const match = /^\/test-routes\/(no-range|slow)\/(?:(\d+)\/)?([^/]+)$/.exec(ctx.path);
  if (!match) return next();
  const [, kind, number, name] = match;
  const file = fixture(name);
  if (!file) {
    ctx.status = 404;
    return;
  }
  ctx.type = name.split('.').pop();
  if (kind === 'no-range') {
    // Ignores Range and never advertises it, as some podcast hosts do.
    ctx.status = 200;
    ctx.length = file.size;
    ctx.body = createReadStream(file.url);
  } else {
    await sleep(Math.min(Number(number ?? 1000), 30000));
    ctx.status = 200;
    ctx.body = readFileSync(file.url);
  }
}

/** A file of test/csp/, sent with the strict policy as an HTTP header, as a strict site sends it. */
function strictPage(ctx, name) {
  let body;
  try {
    body = readFileSync(new URL(name, CSP_PAGES));
  } catch {
    ctx.status = 404;
    return;
  }
  ctx.set('Content-Security-Policy', STRICT_CSP);
  ctx.set('Cache-Control', 'no-store');
  ctx.type = name.split('.').pop();
  ctx.status = 200;
  ctx.body = body;
}
