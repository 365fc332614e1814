import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

// preview.ts imports the generated custom-elements.json. `npm start` and `npm run build-storybook`
// regenerate it first; this covers a bare `storybook dev` or `storybook build` on a fresh clone.
if (!existsSync(`${root}custom-elements.json`)) {
  execSync('npm run --silent analyze', { cwd: root, stdio: 'inherit' });
}

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // The example article and its lead image at the root of the preview, so the fixture's relative
  // image URL resolves and `<news-article src="the-corner.json">` works as it does on a publisher's page.
  staticDirs: [{ from: '../examples', to: '/' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The catalogue is for readers of the library, not for learning Storybook: no onboarding checklist.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  viteFinal: (config) => ({
    ...config,
    // Lit's production build, as publishers get it and as the test runner loads it
    // (exportConditions ['production']): the dev build's "Lit is in dev mode" warning is console noise.
    resolve: {
      ...config.resolve,
      conditions: [
        'production',
        ...(config.resolve?.conditions ?? defaultClientConditions).filter((c) => !c.startsWith('development')),
      ],
    },
    // Storybook's renderer imports lit/directive-helpers.js, which the dev server's dependency
    // optimizer misses: served raw, it loads a second lit-html ("Multiple versions of Lit loaded").
    optimizeDeps: {
      ...config.optimizeDeps,
      include: [...(config.optimizeDeps?.include ?? []), 'lit', 'lit/directive-helpers.js'],
    },
  }),
};

export default config;
