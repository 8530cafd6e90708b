import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The dev server forwards the API to a running `npm start` (port 8080), so the UI is
// developed against the real manager rather than mocks.
const manager = 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  build: {
    outDir: 'dist',
    rollupOptions: {
      output: {
        // the framework changes less often than the app: a separate chunk stays cached
        manualChunks: (id) =>
          /node_modules\/(react|react-dom|scheduler|react-router|@tanstack)\//.test(id)
            ? 'vendor'
            : undefined,
      },
    },
  },
  server: {
    proxy: {
      '/v1': { target: manager, changeOrigin: true },
      '/openapi.json': manager,
      '/docs': manager,
      '/healthz': manager,
    },
  },
});
