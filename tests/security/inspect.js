// What the untrusted-data suites check in a page, as self-contained functions: the browser suites
// call them directly, the end-to-end suite passes them to page.evaluate (which sends their source),
// so nothing here may refer to anything outside its own function body.

/**
 * Walks `root` (an element, or a whole document), its light DOM and every open shadow root, and
 * lists what untrusted data must never produce: scripts other than our JSON-LD data block, frames,
 * forms, objects, embeds, base/meta/link, style elements in light DOM, images and buttons in light
 * DOM (but for a link card's own image and a photo's slotted one), inline handlers, style attributes
 * carrying URLs, and URLs (href, src, cite, srcset, action, xlink:href, ...) whose scheme, as the
 * browser parses it, is not http(s) or mailto. Also returns the text a reader sees (text nodes that have a layout box, in
 * flat-tree order) and every image's alt text.
 *
 * Elements marked `data-hand-authored` are hosts the test built with untrusted attributes on purpose:
 * their own attributes are skipped, their shadow roots and children are checked.
 *
 * @param {{ root?: Node, selector?: string, allowedLightStyle?: string, allowScriptSrc?: string, text?: boolean }} opts
 */
export function inspectDom(opts = {}) {
  const root = opts.root ?? (opts.selector ? document.querySelector(opts.selector) : document);
  if (!root)
    return {
      violations: [`nothing matches ${opts.selector}`],
      text: '',
      alts: [],
      counts: { elements: 0, shadowRoots: 0 },
    };
  const SAFE_PROTOCOLS = ['http:', 'https:', 'mailto:'];
  const BANNED = new Set(
    'iframe frame frameset object embed applet form input textarea select option isindex keygen base meta link portal fencedframe template noscript video audio source track picture marquee xmp plaintext listing noembed noframes param'.split(
      ' ',
    ),
  );
  const HEAD_ALLOWED = new Set(['meta', 'title', 'link', 'style', 'script']);
  const URL_ATTRIBUTES = new Set(
    'href src cite action formaction poster background longdesc lowsrc dynsrc ping data codebase manifest xlink:href url avatar section-href category-href'.split(
      ' ',
    ),
  );
  const SVG_OWN = new Set(['svg', 'path', 'rect', 'circle', 'g', 'line', 'polyline', 'polygon', 'ellipse']);
  const CLOBBER = new Set([
    '__xss',
    'getelementbyid',
    'body',
    'defaultview',
    '__proto__',
    'innerhtml',
    'alert',
    'location',
    'cookie',
    'x',
    'a',
    'b',
  ]);
  const violations = [];
  const counts = { elements: 0, shadowRoots: 0 };
  // Relative URLs resolve against the page (a parsed document's own base is about:blank).
  const base = document.baseURI;

  // Where an element is: the payload it belongs to (data-payload on an ancestor, across shadow
  // boundaries) and its last few ancestors.
  const describe = (el) => {
    const parts = [];
    let payload = '';
    for (let n = el; n;) {
      if (n.nodeType === 1) {
        if (parts.length < 4)
          parts.unshift(n.localName + (n.getAttribute('part') ? `[part=${n.getAttribute('part')}]` : ''));
        if (!payload && n.hasAttribute('data-payload')) payload = n.getAttribute('data-payload');
      }
      n = n.parentNode ?? null;
      if (n && n.nodeType === 11 && n.host) {
        if (parts.length < 4) parts.unshift('#shadow');
        n = n.host;
      }
    }
    return `${payload ? `[payload ${payload}] ` : ''}${parts.join(' > ')}`;
  };
  // The images our templates put in light DOM: a link card's, a child of the card's link, and a
  // photo's, in the image slot of a <photo-figure> or an image-N slot of a <photo-gallery> (so reader
  // modes see it); each a child of a child
  // of the article (sanitized HTML keeps no data-article-role, slot, custom element nor any image).
  const cardImage = (el) =>
    el.localName === 'img' &&
    ((el.parentElement?.localName === 'a' && el.parentElement.getAttribute('data-article-role') === 'link') ||
      (el.parentElement?.localName === 'photo-figure' && el.getAttribute('slot') === 'image') ||
      (el.parentElement?.localName === 'photo-gallery' && /^image-\d+$/.test(el.getAttribute('slot') ?? ''))) &&
    el.parentElement.parentElement?.localName === 'news-article';
  // The one media element a template draws: a file video's own player, <video part="player"> in a
  // <video-embed>'s shadow root (its src and poster are checked as every URL is).
  const ownPlayer = (el) =>
    el.localName === 'video' &&
    el.getAttribute('part') === 'player' &&
    el.children.length === 0 &&
    /(^|-)video-embed$/.test(el.getRootNode()?.host?.localName ?? '');
  const clip = (s) => (s.length > 120 ? `${s.slice(0, 120)}…` : s);
  const unsafeUrl = (value) => {
    let protocol;
    try {
      protocol = new URL(value, base).protocol;
    } catch {
      return false; // not a URL the browser would follow or load
    }
    return !SAFE_PROTOCOLS.includes(protocol);
  };
  const srcsetUrls = (value) => {
    // The HTML srcset parser, reduced to what matters: each candidate's URL.
    const urls = [];
    let i = 0;
    while (i < value.length) {
      while (i < value.length && /[\s,]/.test(value[i])) i++;
      let start = i;
      while (i < value.length && !/\s/.test(value[i])) i++;
      let url = value.slice(start, i);
      let endsWithComma = false;
      if (url.endsWith(',')) {
        url = url.replace(/,+$/, '');
        endsWithComma = true;
      }
      if (url) urls.push(url);
      if (!endsWithComma) {
        let depth = 0;
        while (i < value.length) {
          const c = value[i];
          if (c === '(') depth++;
          else if (c === ')') depth = Math.max(0, depth - 1);
          else if (c === ',' && depth === 0) break;
          i++;
        }
      }
      start = i;
    }
    return urls;
  };
  const jsonLdUrls = (value, path, out) => {
    if (Array.isArray(value)) value.forEach((v, i) => jsonLdUrls(v, `${path}[${i}]`, out));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) jsonLdUrls(v, `${path}.${k}`, out);
    else if (typeof value === 'string' && /\.(url|@id|contentUrl|sameAs|image)(\[\d+\])?$/.test(path))
      out.push([path, value]);
  };

  const checkElement = (el, inShadow, inHead) => {
    counts.elements++;
    const tag = el.localName;
    const ns = el.namespaceURI;
    const where = describe(el);
    const bad = (what) => violations.push(`${where}: ${what}`);
    if (inHead) {
      if (!HEAD_ALLOWED.has(tag)) bad(`<${tag}> in head`);
    } else if (ns === 'http://www.w3.org/1998/Math/MathML') bad('MathML element');
    else if (ns === 'http://www.w3.org/2000/svg') {
      if (!inShadow) bad(`SVG <${tag}> in light DOM`);
      else if (!SVG_OWN.has(tag)) bad(`SVG <${tag}>`);
    } else if (BANNED.has(tag) && !(inShadow && ownPlayer(el))) bad(`<${tag}> element`);
    else if (!inShadow && (tag === 'img' || tag === 'button') && !cardImage(el)) bad(`<${tag}> in light DOM`);
    else if (!inShadow && el instanceof HTMLUnknownElement) bad(`unknown element <${tag}> in light DOM`);

    if (tag === 'script') {
      const type = (el.getAttribute('type') ?? '').trim().toLowerCase();
      const text = el.textContent ?? '';
      if (
        inHead &&
        opts.allowScriptSrc &&
        type === 'module' &&
        el.src === new URL(opts.allowScriptSrc, base).href &&
        !text.trim()
      ) {
        // our own bundle
      } else if (!inShadow && !inHead && (type === 'application/ld+json' || type === 'application/json')) {
        if (/<\/script|<!--/i.test(text)) bad(`data block holds "</script" or "<!--": ${clip(text)}`);
        let data;
        try {
          data = JSON.parse(text);
        } catch (e) {
          bad(`data block is not JSON (${e.message}): ${clip(text)}`);
        }
        if (type === 'application/ld+json' && data !== undefined) {
          const urls = [];
          jsonLdUrls(data, '$', urls);
          for (const [path, url] of urls) if (unsafeUrl(url)) bad(`JSON-LD ${path} is an unsafe URL: ${clip(url)}`);
        }
      } else bad(`<script type="${type}"> ${clip(el.getAttribute('src') ?? text)}`);
    }
    if (tag === 'style') {
      const text = el.textContent ?? '';
      if (inShadow || inHead) {
        if (/__xss|SAFEBEFORE|SAFEAFTER|javascript:|expression\(|-moz-binding|behavior:/i.test(text))
          bad(`style holds data: ${clip(text)}`);
      } else if (text !== opts.allowedLightStyle) bad(`<style> in light DOM: ${clip(text)}`);
    }
    if (inHead && tag === 'link') {
      const rel = (el.getAttribute('rel') ?? '').toLowerCase();
      if (rel === 'icon' && el.getAttribute('href') === 'data:,') return; // our constant "no favicon"
      if (rel !== 'canonical') bad(`<link rel="${rel}"> in head`);
    }
    if (inHead && tag === 'meta') {
      if (el.hasAttribute('http-equiv')) bad('meta http-equiv');
      const name = el.getAttribute('property') ?? el.getAttribute('name') ?? '';
      if (/(url|image)$/.test(name) && unsafeUrl(el.getAttribute('content') ?? ''))
        bad(`${name} is an unsafe URL: ${clip(el.getAttribute('content'))}`);
    }

    if (el.hasAttribute('data-hand-authored')) return;
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      const value = attr.value;
      if (name.startsWith('on')) bad(`inline handler ${name}="${clip(value)}"`);
      else if (name === 'style') {
        // Our elements set only numeric custom properties through the CSSOM (photo-figure's
        // --_ratio: 3 / 2); anything else in shadow DOM came from data.
        if (!inShadow) bad(`style attribute in light DOM: ${clip(value)}`);
        else if (!/^(\s*--[\w-]+\s*:[\s\d.e+/-]+;?)*\s*$/i.test(value)) bad(`style attribute: ${clip(value)}`);
      } else if (name === 'srcdoc' || name === 'http-equiv') bad(`${name}="${clip(value)}"`);
      else if (name === 'srcset' || name === 'imagesrcset') {
        for (const url of srcsetUrls(value))
          if (unsafeUrl(url)) bad(`${name} candidate is an unsafe URL: ${clip(url)}`);
      } else if (URL_ATTRIBUTES.has(name) || attr.localName === 'href') {
        if (!(inHead && tag === 'meta') && unsafeUrl(value)) bad(`${name} is an unsafe URL: ${clip(value)}`);
      } else if (!inShadow && (name === 'id' || name === 'name') && CLOBBER.has(value.toLowerCase()))
        bad(`clobbering ${name}="${value}"`);
    }
  };

  const walk = (node, inShadow, inHead) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType !== 1) continue;
      const head = inHead || child.localName === 'head';
      if (child.localName !== 'head' && child.localName !== 'html' && child.localName !== 'body')
        checkElement(child, inShadow, head);
      walk(child, inShadow, head);
      if (child.shadowRoot) {
        counts.shadowRoots++;
        walk(child.shadowRoot, true, false);
      }
    }
  };
  if (root.nodeType === 1) {
    checkElement(root, false, false);
    if (root.shadowRoot) {
      counts.shadowRoots++;
      walk(root.shadowRoot, true, false);
    }
  }
  walk(root, false, false);

  if (opts.text === false) return { violations, text: '', alts: [], counts };
  // The text a reader sees: flat-tree order, text nodes that have a layout box.
  // A text node shows when the element holding it has a box; a display: contents holder (a slot)
  // shows when its own holder does. (Per element and cached: a Range per text node is slow in WebKit.)
  const boxes = new Map();
  const hasBox = (el) => {
    if (!el) return false;
    if (boxes.has(el)) return boxes.get(el);
    let shows = el.getClientRects().length > 0;
    if (!shows && getComputedStyle(el).display === 'contents') {
      shows = hasBox(el.assignedSlot ?? el.parentElement ?? el.parentNode?.host);
    }
    boxes.set(el, shows);
    return shows;
  };
  const text = [];
  const alts = [];
  const seen = (node) => hasBox(node.assignedSlot ?? node.parentElement ?? node.parentNode?.host);
  const flat = (node) => {
    if (node.nodeType === 3) {
      if (node.data.trim() && seen(node)) text.push(node.data);
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    if (node.nodeType === 1) {
      if (['script', 'style', 'template', 'head', 'title'].includes(node.localName)) return;
      if (node.localName === 'img') alts.push(node.getAttribute('alt'));
      if (node.localName === 'slot') {
        node.assignedNodes({ flatten: true }).forEach(flat);
        return;
      }
      if (node.shadowRoot) {
        node.shadowRoot.childNodes.forEach(flat);
        return;
      }
    }
    node.childNodes.forEach(flat);
  };
  flat(root);
  return { violations, text: text.join(' ').replace(/\s+/g, ' '), alts, counts };
}

/**
 * Guards navigation while everything is clicked: a click on a link records the link's URL and, when
 * the scheme is unsafe, files it as a violation. `letJavascriptThrough` lets javascript: links act
 * (the canary then sees what they run); every other navigation, and every form submission, is
 * cancelled so the page stays put.
 */
export function installNavigationGuard(letJavascriptThrough = false) {
  if (window.__navGuard) return;
  window.__navGuard = true;
  window.__unsafeNavigations = [];
  window.__clickedLinks = 0;
  const onClick = (event) => {
    const link = event
      .composedPath()
      .find(
        (n) =>
          n instanceof Element &&
          (n.localName === 'a' || n.localName === 'area') &&
          (n.hasAttribute('href') || n.hasAttribute('xlink:href')),
      );
    if (!link) return;
    window.__clickedLinks++;
    const href = link.getAttribute('href') ?? link.getAttribute('xlink:href');
    let protocol = 'invalid';
    try {
      protocol = new URL(href, document.baseURI).protocol;
    } catch {}
    if (!['http:', 'https:', 'mailto:', 'invalid'].includes(protocol)) {
      window.__unsafeNavigations.push(href);
      if (letJavascriptThrough && protocol === 'javascript:') return;
    }
    event.preventDefault();
  };
  window.addEventListener('click', onClick, true);
  window.addEventListener('auxclick', onClick, true);
  window.addEventListener(
    'submit',
    (event) => {
      window.__unsafeNavigations.push(`form submission from ${event.target?.localName}`);
      event.preventDefault();
    },
    true,
  );
}

/**
 * Hovers, presses, clicks, focuses and keys every element under `root`, light DOM and shadow DOM,
 * with dispatched events (the browser suites; the end-to-end suite also uses the real mouse).
 * Events that bubble are dispatched on every leaf of the composed tree, composed, so they reach
 * every element above it, shadow hosts included; the others on every element. Returns how many
 * elements it reached.
 */
export function pokeEverything(opts = {}) {
  const root = opts.root ?? (opts.selector ? document.querySelector(opts.selector) : document.body);
  const BUBBLING_MOUSE = [
    'pointerover',
    'mouseover',
    'pointermove',
    'mousemove',
    'pointerdown',
    'mousedown',
    'pointerup',
    'mouseup',
    'click',
    'auxclick',
    'dblclick',
    'contextmenu',
    'pointerout',
    'mouseout',
  ];
  const BUBBLING = [
    'focusin',
    'focusout',
    'keydown',
    'keyup',
    'input',
    'copy',
    'animationstart',
    'animationend',
    'transitionend',
  ];
  const OWN_MOUSE = ['pointerenter', 'mouseenter', 'pointerleave', 'mouseleave'];
  // Not bubbling: a bubbling synthetic error would reach window.onerror as if something threw. Focus
  // is dispatched, not moved with focus(): that would lay out the page once per element.
  const OWN = ['focus', 'blur', 'load', 'error', 'toggle', 'scroll', 'scrollend', 'begin'];
  let touched = 0;
  const poke = (el, leaf) => {
    touched++;
    for (const type of OWN_MOUSE) el.dispatchEvent(new MouseEvent(type, { view: window }));
    for (const type of OWN) el.dispatchEvent(new Event(type));
    if (!leaf) return;
    for (const type of BUBBLING_MOUSE) {
      const init = {
        bubbles: true,
        composed: true,
        cancelable: true,
        view: window,
        button: type === 'auxclick' ? 1 : type === 'contextmenu' ? 2 : 0,
      };
      el.dispatchEvent(type.startsWith('pointer') ? new PointerEvent(type, init) : new MouseEvent(type, init));
    }
    for (const type of BUBBLING) el.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
  };
  // An event may make an element render afresh (server-rendered DOM gives way to Lit's): the nodes
  // it replaced are out of the document, where no reader can reach them (and a detached link still
  // navigates when clicked), so they are skipped, and the new content is walked instead, once.
  const walk = (node, again = true) => {
    const children = Array.from(node.children ?? []);
    for (const child of children) {
      if (!child.isConnected) continue;
      poke(child, child.children.length === 0 && !child.shadowRoot);
      walk(child);
      if (child.shadowRoot) walk(child.shadowRoot);
    }
    if (again && node.isConnected && children.some((c) => !c.isConnected)) walk(node, false);
  };
  if (root.nodeType === 1) {
    poke(root, root.children.length === 0 && !root.shadowRoot);
    if (root.shadowRoot) walk(root.shadowRoot);
  }
  walk(root);
  return touched;
}

/**
 * Where the real mouse should go inside `selector`'s match number `index` (scrolled into view
 * first): `hover`, the centre of the first box of every element, light and shadow, visible in the
 * viewport; `click`, the same for every link, button and other control, to click. No duplicates.
 */
export function mouseTargets({ selector, index }) {
  const root = document.querySelectorAll(selector)[index];
  if (!root) return { hover: [], click: [] };
  root.scrollIntoView({ block: 'start' });
  const hover = new Map();
  const click = new Map();
  const add = (el) => {
    const box = el.getClientRects()[0];
    if (!box || box.width < 1 || box.height < 1) return;
    const x = Math.round(box.left + Math.min(box.width / 2, 8));
    const y = Math.round(box.top + box.height / 2);
    if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return;
    hover.set(`${x},${y}`, { x, y });
    if (
      el.matches(
        'a[href], area, button, summary, label, input, select, textarea, [tabindex], [role="button"], [onclick]',
      )
    ) {
      click.set(`${x},${y}`, { x, y });
    }
  };
  const walk = (node) => {
    for (const child of Array.from(node.children ?? [])) {
      add(child);
      walk(child);
      if (child.shadowRoot) walk(child.shadowRoot);
    }
  };
  add(root);
  if (root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return { hover: [...hover.values()], click: [...click.values()] };
}

/**
 * What an HTML field must still show and report, for each `{ html, before, after }`: `markers`, the
 * markers the HTML parser makes plain text outside code, UI and foreign content (which a sanitizer
 * may drop whole), parsed with scripting on (a template) and off (an inert document, and DOMParser) since the two
 * differ (noscript) and a sanitizer may parse either way; `unsafeLink`, whether it holds a live HTML
 * link whose href has a scheme other than http(s) or mailto (such a link must be reported). Nothing
 * here renders or runs: templates and inert documents load and execute nothing.
 */
export function htmlOracle(list) {
  const DROPPED = new Set(
    'script style template iframe object embed noscript noembed noframes frame frameset plaintext xmp textarea select title svg math video audio desc foreignobject thead colgroup head mi mn mo ms mtext annotation-xml'.split(
      ' ',
    ),
  );
  const kept = (node) => {
    if (node.nodeType === 3) return node.data;
    if (node.nodeType === 1 && DROPPED.has(node.localName)) return '';
    return Array.from(node.childNodes, kept).join(' ');
  };
  const inert = document.implementation.createHTMLDocument('');
  // A parsed document's own properties may be clobbered by the payload (<form name="body">).
  const bodyOf = (doc) => Object.getOwnPropertyDescriptor(Document.prototype, 'body').get.call(doc);
  const unsafe = (href) => {
    try {
      return !['http:', 'https:', 'mailto:'].includes(new URL(href).protocol);
    } catch {
      return false;
    }
  };
  return list.map(({ html, before, after }) => {
    const on = document.createElement('template');
    on.innerHTML = html;
    const off = inert.createElement('div');
    off.innerHTML = html;
    // Gecko parses innerHTML with scripting on even in an inert document (noscript stays raw text);
    // DOMParser, which DOMPurify uses, parses with scripting off in every engine.
    const parsed = bodyOf(new DOMParser().parseFromString(html, 'text/html'));
    const texts = [kept(on.content), kept(off), kept(parsed)];
    const unsafeLink = Array.from(off.querySelectorAll('a[href], area[href]')).some((a) => {
      for (let p = a; p && p !== off; p = p.parentElement) if (DROPPED.has(p.localName)) return false;
      return a.namespaceURI === 'http://www.w3.org/1999/xhtml' && unsafe(a.getAttribute('href'));
    });
    return { markers: [before, after].filter((m) => texts.every((t) => t.includes(m))), unsafeLink };
  });
}
