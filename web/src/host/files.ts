import { DiemcauError, ErrorCode } from '@diemcau/client';

/** What a refused download means, in the API's codes (so the console words it as it does a refusal). */
const REFUSALS: Record<number, ErrorCode> = { 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND' };

/**
 * A file the server serves only with the bearer token (a report's attachment, the notice): a link
 * cannot carry the Authorization header, so it is fetched here and handed over as a blob.
 */
export async function fetchWithToken(path: string, token: string): Promise<Blob> {
  const res = await fetch(path, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new DiemcauError(REFUSALS[res.status] ?? 'NETWORK_ERROR', `GET ${path}: ${res.status}`);
  return res.blob();
}

/** Offers `blob` to the browser's downloads under `name`. */
export function saveBlob(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  URL.revokeObjectURL(a.href);
}
