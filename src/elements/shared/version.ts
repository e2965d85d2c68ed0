/** The package version, stamped by the build (see rollup.config.js); "dev" when running from sources. */
declare const __ROUAGES_VERSION__: string | undefined;
export const VERSION: string = typeof __ROUAGES_VERSION__ === 'string' ? __ROUAGES_VERSION__ : 'dev';
