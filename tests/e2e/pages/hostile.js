// Adds the hostile stylesheet named by ?sheet= and, unless ?bundle=0, the script-tag bundle. Every
// stylesheet is a real file: the published resets straight from node_modules, the theme rules here.
(() => {
  const SHEETS = {
    none: [],
    tailwind: ['../node_modules/tailwindcss/preflight.css'],
    bootstrap: ['../node_modules/bootstrap/dist/css/bootstrap-reboot.css'],
    normalize: ['../node_modules/normalize.css/normalize.css'],
    wordpress: ['../tests/e2e/pages/wordpress-theme.css'],
    'content-box': ['../tests/e2e/pages/content-box.css'],
    'large-font': ['../tests/e2e/pages/large-font.css'],
  };
  SHEETS.all = Object.values(SHEETS).flat();
  const params = new URLSearchParams(location.search);
  const sheets = SHEETS[params.get('sheet') ?? 'none'];
  if (!sheets) throw new Error(`hostile.js: unknown sheet "${params.get('sheet')}"`);
  for (const href of sheets) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    document.head.append(link);
  }
  if (params.get('bundle') !== '0') {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = '../dist/article-elements.js';
    document.head.append(script);
  }
})();
