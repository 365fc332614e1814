/** True when the host has light-DOM content assigned to the named slot ('' is the default slot). */
export function hasSlotted(host: HTMLElement, name = ''): boolean {
  // During server rendering there is no light DOM to look at.
  if (!host.childNodes) return false;
  for (const node of Array.from(host.childNodes)) {
    if (node.nodeType === 1) {
      const slot = (node as Element).getAttribute('slot') ?? '';
      if (slot === name) return true;
    } else if (name === '' && node.nodeType === 3 && node.textContent!.trim() !== '') {
      return true;
    }
  }
  return false;
}
