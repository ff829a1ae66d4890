import { dirname, join } from 'node:path';
import { Request, Response, Router } from 'express';

/**
 * The GraphQL explorer (GraphiQL), served whole by this server from the packages in node_modules:
 * nothing is fetched from a CDN, so it works on a closed intranet. On at /explorer/ (and for a
 * browser's GET /graphql) in development, or with EXPLORER=true.
 */
const ASSETS: Record<string, { file: string; type: string }> = {
  'react.js': { file: packageFile('react', 'umd/react.production.min.js'), type: 'text/javascript' },
  'react-dom.js': {
    file: packageFile('react-dom', 'umd/react-dom.production.min.js'),
    type: 'text/javascript',
  },
  'graphiql.js': { file: packageFile('graphiql', 'graphiql.min.js'), type: 'text/javascript' },
  'graphiql.css': { file: packageFile('graphiql', 'graphiql.min.css'), type: 'text/css' },
};

/** A file of an installed package that its `exports` do not list (the prebuilt browser builds). */
function packageFile(name: string, file: string): string {
  return join(dirname(require.resolve(`${name}/package.json`)), file);
}

const PAGE = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Điểm cầu — GraphQL</title>
<link rel="stylesheet" href="/explorer/assets/graphiql.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Đang tải…</div>
<script src="/explorer/assets/react.js"></script>
<script src="/explorer/assets/react-dom.js"></script>
<script src="/explorer/assets/graphiql.js"></script>
<script src="/explorer/assets/start.js"></script>
</body>
</html>
`;

const DEFAULT_QUERY = `# Điểm cầu — GraphQL API
#
# Đăng nhập, rồi đặt token vào ô Headers: {"authorization": "Bearer <token>"}
# (Sign in, then put the token in Headers; subscriptions send it in connection_init.)
mutation Login {
  login(username: "admin", password: "…") {
    token
    expiresAt
  }
}
`;

/** Starts GraphiQL on this server's own /graphql, over HTTP and, for subscriptions, WebSocket. */
const START = `(function () {
  var http = new URL('/graphql', location.href);
  var ws = new URL('/graphql', location.href);
  ws.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  var fetcher = GraphiQL.createFetcher({ url: http.href, subscriptionUrl: ws.href });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: ${JSON.stringify(DEFAULT_QUERY)} }),
  );
})();
`;

/** A browser opening /graphql (not a GraphQL request: no query, HTML wanted). */
function browserVisit(req: Request): boolean {
  return req.query.query === undefined && req.accepts(['application/json', 'text/html']) === 'text/html';
}

export function explorerRouter(): Router {
  const router = Router();
  const page = (_req: Request, res: Response) => {
    res.type('html').send(PAGE);
  };
  router.get('/', (_req, res) => res.redirect('/explorer/'));
  router.get('/explorer/', page);
  // `use`, not `get`: a GET route would make this router answer OPTIONS /graphql itself, before CORS.
  router.use('/graphql', (req, res, next) =>
    req.method === 'GET' && browserVisit(req) ? page(req, res) : next(),
  );
  router.get('/explorer/assets/start.js', (_req, res) => {
    res.type('text/javascript').send(START);
  });
  router.get('/explorer/assets/:name', (req, res, next) => {
    const asset = ASSETS[req.params.name];
    if (!asset) return next();
    res.type(asset.type).sendFile(asset.file, { maxAge: '1d' });
  });
  return router;
}
