import { defineConfig } from 'vitest/config';

// Tests that read the built extension (.output/); run after `wxt build`.
export default defineConfig({
  test: { include: ['tests/build/**/*.test.ts'], environment: 'node' },
});
