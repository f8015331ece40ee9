// Routes the browser tests need that a plain static server does not give: a server
// without HTTP Range support and a slow server.
import { createReadStream, readFileSync, statSync } from 'node:fs';

const FIXTURES = new URL('../fixtures/', import.meta.url);
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

/** Requests per token for `/test-routes/counted/<token>/<fixture>`, read at `/test-routes/requests/<token>`. */
const counted = new Map();

export async function testRoutes(ctx, next) {
  const count = /^\/test-routes\/counted\/([\w-]+)\/([\w.-]+)$/.exec(ctx.path);
  if (count) {
    const [, token, name] = count;
    counted.set(token, (counted.get(token) ?? 0) + 1);
    // Served as the fixture itself, with the Range support of the rest of the server.
    ctx.path = `/test/fixtures/${name}`;
    return next();
  }
  const asked = /^\/test-routes\/requests\/([\w-]+)$/.exec(ctx.path);
  if (asked) {
    ctx.type = 'json';
    ctx.body = JSON.stringify({ count: counted.get(asked[1]) ?? 0 });
    return;
  }
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
