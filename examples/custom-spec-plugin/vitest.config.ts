import { defineConfig } from 'vitest/config';

// Inside the idphoto repository the workspace packages resolve to their TypeScript source under this
// condition, so the tests need no build first. A plugin in its own repository, using the published
// packages, needs none of this: the defaults of `vitest run` are enough.
const conditions = ['@idphoto/source', 'module', 'node', 'development|production'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    // Making a photo loads the face and matting models once (seconds) and takes seconds per photo.
    testTimeout: 120_000,
    hookTimeout: 600_000,
    pool: 'forks',
  },
});
