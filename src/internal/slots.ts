/** True when the host has light-DOM content assigned to the named slot ('' is the default slot). */
export const hasSlotted = (host: HTMLElement, name = ''): boolean =>
  // (During server rendering there is no light DOM to look at.)
  Array.from(host.childNodes ?? []).some((node) =>
    node.nodeType === 1
      ? ((node as Element).getAttribute('slot') ?? '') === name
      : !name && node.nodeType === 3 && node.textContent!.trim() !== '',
  );
