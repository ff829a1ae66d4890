/**
 * The version of the API (semver) that this SDK speaks and that the server answers in
 * `serverInfo.apiVersion` and in the header below: a new major is a breaking change of the schema.
 */
export const API_VERSION = '1.0.0';

/** The response header with the server's API version, on every HTTP answer. */
export const API_VERSION_HEADER = 'X-Diemcau-Api-Version';

/** The major of a semver version (NaN when it is not one). */
export const majorOf = (version: string): number => Number(/^(\d+)\./.exec(version)?.[1] ?? NaN);
