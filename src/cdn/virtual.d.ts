/** Made by the CDN build (rollup.config.js, `frameworkSplit`): the French framework's texts, out of its outline. */
declare module 'virtual:rouages-cooperation/fr-texts' {
  import type { FrameworkTexts } from '../sdk/framework-split.js';
  const texts: FrameworkTexts;
  export default texts;
}
