/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { validateBundledDataPlugin } from './scripts/validateBundledDataPlugin.ts';

export default defineConfig({
  // Relative asset URLs: the same build works at any path and from file://.
  base: './',
  plugins: [react(), validateBundledDataPlugin()],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/component/**/*.test.{ts,tsx}'],
    css: false,
  },
});
