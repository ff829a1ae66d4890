/**
 * @diemcau/client/operations: every query and mutation of the schema as a typed function of the
 * client, resolving to its root field's value: `host.query.meeting({ id })`,
 * `host.mutate.startMeeting({ id })`. For scripts, servers and tests: it holds the text of every
 * operation, so a page that minds its size imports the documents it runs from '@diemcau/client'
 * and calls `client.request` instead.
 */
import type { AnyDocument, Args, Client, FieldOf, RequestOptions, VariablesOf } from './client';
import { mutationDocuments, queryDocuments } from './generated/documents';

/** One function per root field, resolving to that field's value. */
export type Operations<M> = {
  [K in keyof M & string]: (...args: Args<VariablesOf<M[K]>, RequestOptions>) => Promise<FieldOf<M[K], K>>;
};

export type OperationsClient<C extends Client = Client> = C & {
  query: Operations<typeof queryDocuments>;
  mutate: Operations<typeof mutationDocuments>;
};

/** `client` with `query.<field>` and `mutate.<field>` (a new object; `client` is left as it was). */
export function withOperations<C extends Client>(client: C): OperationsClient<C> {
  return Object.assign(Object.create(client) as C, {
    query: operations(client, queryDocuments),
    mutate: operations(client, mutationDocuments),
  });
}

function operations<M extends Record<string, AnyDocument>>(client: Client, documents: M): Operations<M> {
  return Object.fromEntries(
    Object.entries(documents).map(([field, document]) => [
      field,
      async (variables?: Record<string, unknown>, options?: RequestOptions) =>
        ((await client.request(document, variables, options)) as Record<string, unknown>)[field],
    ]),
  ) as unknown as Operations<M>;
}

export { mutationDocuments, queryDocuments };
