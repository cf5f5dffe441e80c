import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the tests, generated from the committed SDL.
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['test/**/*.ts', 'src/**/*.test.ts', '!test/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'test/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        emitLegacyCommonJSImports: false,
        scalars: { SafeInt: 'number', DateTime: 'string', JSONObject: 'Record<string, unknown>', Currency: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};
export default config;
