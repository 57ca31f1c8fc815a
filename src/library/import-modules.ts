import { createRunnableDevEnvironment, mergeConfig, resolveConfig } from 'vite';

/** One module's outcome: its exports, or the error that stopped it. */
export type ImportOutcome<T> = { readonly module: T; readonly error?: undefined } | { readonly module?: undefined; readonly error: unknown };

/** What importing a set of modules gave, and every local file they read (to watch). */
export interface ImportedModules<T> {
  readonly outcomes: readonly ImportOutcome<T>[];
  readonly dependencies: readonly string[];
}

/**
 * Imports TypeScript modules through ONE Vite module runner (as `runnerImport` does, but that
 * resolves a config and starts an environment per module, which costs ~50 ms each). Packages are
 * externalised, so they load natively; every call starts fresh, so an edited slide is re-read.
 */
export async function importModules<T>(files: readonly string[], root: string): Promise<ImportedModules<T>> {
  const config = await resolveConfig(
    mergeConfig(
      { configFile: false, logLevel: 'silent', root },
      {
        envDir: false,
        cacheDir: root,
        environments: {
          inline: {
            consumer: 'server',
            dev: { moduleRunnerTransform: true },
            resolve: { external: true, mainFields: [], conditions: ['node'] },
          },
        },
      },
    ),
    'serve',
  );
  const environment = createRunnableDevEnvironment('inline', config, { runnerOptions: { hmr: { logger: false }, sourcemapInterceptor: 'prepareStackTrace' }, hot: false });
  await environment.init();
  try {
    const outcomes = await Promise.all(
      files.map((file) =>
        environment.runner.import<T>(file).then(
          (module): ImportOutcome<T> => ({ module }),
          (error: unknown): ImportOutcome<T> => ({ error }),
        ),
      ),
    );
    const dependencies = [...environment.runner.evaluatedModules.urlToIdModuleMap.values()]
      .filter((m) => m.meta !== undefined && !('externalize' in m.meta) && m.file !== null)
      .map((m) => m.file as string);
    return { outcomes, dependencies };
  } finally {
    await environment.close();
  }
}
