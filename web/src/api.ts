import { Client, createClient } from '@diemcau/client';

/** The GraphQL endpoint of the server that served this page (HTTP and WebSocket on one path). */
const endpoint = () => new URL('/graphql', window.location.href).href;

/**
 * An SDK client for this page. The backoff stops at 2 s so that a screen is back within seconds of
 * the network, not after a long doubling; `onRetry` tells the screen it is reconnecting.
 */
export function apiClient(token?: string, onRetry?: () => void): Client {
  return createClient({
    url: endpoint(),
    token,
    // The server's messages (a refusal's reason) in the app's language, whatever the browser's.
    language: 'vi',
    retry: { initialDelayMs: 250, maxDelayMs: 2000, onRetry },
  });
}
