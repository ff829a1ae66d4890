/**
 * The import boundaries of the code, checked in the suite by test/architecture/boundaries.test.ts
 * (by hand: `npx depcruise server scripts client-sdk/src`).
 */

/** The domain: services, rules, the command runner, the event log and bus, live delivery's engine. */
const DOMAIN = {
  path: '^server/',
  pathNot: [
    // The adapters: the GraphQL schema and its context, HTTP and WebSocket, metrics and logs, pages.
    '^server/(graphql|http|observability|explorer)/',
    '[.](resolver|inputs|types)[.]ts$',
    // Entities are also the GraphQL object types (see docs/architecture.md, Conventions).
    '[.]entity[.]ts$',
    '^server/db/columns[.]ts$',
    // Configure and build everything, adapters included.
    '^server/(composition-root|main|config)[.]ts$',
  ],
};

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles: each module can be read (and tested) after what it imports.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-knows-no-graphql',
      severity: 'error',
      comment:
        'Services take and return plain domain types; GraphQL (type-graphql, graphql, resolvers, ' +
        'inputs, types) and the transports stay in the adapters.',
      from: DOMAIN,
      to: {
        path: [
          '^node_modules/(type-graphql|graphql)/',
          '[.](resolver|inputs|types)[.]ts$',
          '^server/(graphql|http|observability|explorer)/',
          '^server/composition-root[.]ts$',
        ],
      },
    },
  ],
  options: {
    tsConfig: { fileName: 'tsconfig.json' },
    // Type-only imports count: a cycle of types is a cycle for the reader too.
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^client-sdk/src/generated/' },
  },
};
