import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  // Every module's tables: families add theirs without editing a central list.
  schema: './src/**/*.table.ts',
  out: './drizzle',
  casing: undefined,
});
