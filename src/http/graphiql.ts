import fs from 'node:fs';
import type http from 'node:http';
import { fileURLToPath } from 'node:url';
import type { GraphiQLOptions } from 'graphql-yoga';

/**
 * GraphiQL served entirely from this server, so it works offline: yoga's built-in page loads its
 * bundle, CSS and Monaco workers from unpkg and its favicon from GitHub. The assets come from the
 * installed @graphql-yoga/render-graphiql (pinned to graphql-yoga's exact version in package.json) and
 * are served under a path naming that version, so a browser never mixes a cached old bundle with a
 * new page. The 9 MB module is loaded on the first asset request, not at start.
 */
const PACKAGE = '@graphql-yoga/render-graphiql';
const VERSION: string = JSON.parse(fs.readFileSync(fileURLToPath(new URL('../package.json', import.meta.resolve(PACKAGE))), 'utf8')).version;
export const GRAPHIQL_ASSETS = `/graphiql/${VERSION}/`;

interface Asset {
  type: string;
  body: Buffer;
}
let assets: Promise<Map<string, Asset>> | undefined;

function loadAssets(): Promise<Map<string, Asset>> {
  assets ??= import('@graphql-yoga/render-graphiql/graphiql').then((m) => {
    const js = 'text/javascript; charset=utf-8';
    const favicon = /^data:([^;]+);base64,(.*)$/.exec(m.favicon);
    return new Map<string, Asset>([
      ['yoga-graphiql.js', { type: js, body: Buffer.from(m.js) }],
      ['graphiql.css', { type: 'text/css; charset=utf-8', body: Buffer.from(m.css) }],
      // Monaco asks for a worker by label (MonacoEnvironment.getWorkerUrl in the page).
      ['editorWorkerService.worker.js', { type: js, body: Buffer.from(m.editorWorkerService) }],
      ['json.worker.js', { type: js, body: Buffer.from(m.jsonWorker) }],
      ['graphql.worker.js', { type: js, body: Buffer.from(m.graphqlWorker) }],
      ['favicon.ico', { type: favicon?.[1] ?? 'image/x-icon', body: Buffer.from(favicon?.[2] ?? '', 'base64') }],
    ]);
  });
  return assets;
}

/** Answers a request under `/graphiql/`; returns false for any other path. */
export async function serveGraphiQLAsset(req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean> {
  const pathname = (req.url ?? '').split('?')[0]!;
  if (!pathname.startsWith('/graphiql/')) return false;
  const asset = pathname.startsWith(GRAPHIQL_ASSETS) ? (await loadAssets()).get(pathname.slice(GRAPHIQL_ASSETS.length)) : undefined;
  if (req.method !== 'GET' && req.method !== 'HEAD') res.writeHead(405, { allow: 'GET, HEAD' }).end();
  else if (!asset) res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found.');
  else {
    // The version is in the path: a response never changes, so the browser keeps it.
    res.writeHead(200, { 'content-type': asset.type, 'content-length': asset.body.length, 'cache-control': 'public, max-age=31536000, immutable' });
    res.end(req.method === 'HEAD' ? undefined : asset.body);
  }
  return true;
}

/** JSON that is safe inside a <script> element (no `</script>` or `<!--` can end it). */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** yoga's `renderGraphiQL`: the same page as yoga's own, every URL on this server. */
export function renderGraphiQL(opts: GraphiQLOptions): string {
  const base = scriptJson(GRAPHIQL_ASSETS);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(opts.title ?? 'GraphiQL')}</title>
<link rel="icon" href="${GRAPHIQL_ASSETS}favicon.ico">
<link rel="stylesheet" href="${GRAPHIQL_ASSETS}graphiql.css">
</head>
<body id="body" class="no-focus-outline">
<noscript>GraphiQL needs JavaScript.</noscript>
<div id="root"></div>
<script>self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (_moduleId, label) => ${base} + label + '.worker.js' };</script>
<script src="${GRAPHIQL_ASSETS}yoga-graphiql.js"></script>
<script>YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), ${scriptJson(opts)});</script>
</body>
</html>
`;
}
