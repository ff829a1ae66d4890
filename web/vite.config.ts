import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

/** The site screen (/site) and the host console (/host), built into web/dist and served by the server. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [preact()],
  // The SDK from its sources: no separate SDK build before the app's.
  resolve: {
    alias: { '@diemcau/client': fileURLToPath(new URL('../client-sdk/src/index.ts', import.meta.url)) },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No inline scripts or styles: the server's Content-Security-Policy allows 'self' only.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    target: 'es2022',
  },
  server: { proxy: { '/graphql': { target: 'http://localhost:4000', ws: true } } },
});
