// @custom-elements-manifest/analyzer reads this file beside the `analyze` script's flags.
export default {
  plugins: [
    {
      // An event dispatched under a computed name (<tweet-embed> fires `${tag}-load`, so that
      // <social-post> fires social-post-load) is listed by the analyzer without a name; each
      // element documents its real names with @fires. A nameless entry would become an `onundefined`
      // handler in the JSX types and the IDE data.
      name: 'article-elements:drop-unnamed-events',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules ?? [])
          for (const declaration of module.declarations ?? [])
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
      },
    },
  ],
};
