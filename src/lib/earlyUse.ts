/**
 * What a reader did before the app was there. The page paints from HTML and
 * the app loads on first use (src/boot.js), so a keyboard reader can reach a
 * chart and walk it before its code has arrived. boot.js keeps those keys;
 * each chart takes its own when it comes alive, and from then on the chart
 * marks itself so boot.js keeps no more of them (React has them).
 */
export interface EarlyKey {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
}

interface KeptKey extends EarlyKey {
  target: Element;
}

/** Set on a chart whose keys the app handles (boot.js reads it). */
export const KEYS_LIVE_ATTRIBUTE = 'data-keys-live';

/** The keys pressed on `element` before the app was there, in order; none are kept after this. */
export function takeEarlyKeys(element: Element): EarlyKey[] {
  element.setAttribute(KEYS_LIVE_ATTRIBUTE, '');
  const early = window as { idnMfgPendingKeys?: KeptKey[] };
  const kept = early.idnMfgPendingKeys ?? [];
  early.idnMfgPendingKeys = kept.filter((key) => key.target !== element);
  return kept.filter((key) => key.target === element).map(({ target: _target, ...key }) => key);
}

/** The click on a control before the app was there, made now. */
export function replayEarlyClick(): void {
  const early = window as { idnMfgPendingClick?: HTMLElement };
  const click = early.idnMfgPendingClick;
  early.idnMfgPendingClick = undefined;
  if (click?.isConnected) click.click();
}

interface KeptChange {
  target: Element;
  id: string;
  value: string;
  checked: boolean;
}

/**
 * The controls changed before the app was there (boot.js kept each one's last value), set again now
 * as a reader would: React has drawn them with the view it started from, and each change goes
 * through its handler, so the dropdown, the chart, its title and the address agree.
 */
export function replayEarlyChanges(): void {
  const early = window as { idnMfgPendingChanges?: KeptChange[] };
  const kept = early.idnMfgPendingChanges ?? [];
  early.idnMfgPendingChanges = [];
  for (const change of kept) {
    const control = change.target.isConnected
      ? change.target
      : change.id
        ? document.getElementById(change.id)
        : null;
    if (control instanceof HTMLInputElement && /^(checkbox|radio)$/.test(control.type)) {
      if (control.checked !== change.checked) control.click();
    } else if (control instanceof HTMLSelectElement || control instanceof HTMLInputElement) {
      // The prototype's setter: React tracks values set through the element's own.
      const prototype = control instanceof HTMLSelectElement ? HTMLSelectElement : HTMLInputElement;
      Object.getOwnPropertyDescriptor(prototype.prototype, 'value')?.set?.call(
        control,
        change.value,
      );
      const type = control instanceof HTMLSelectElement ? 'change' : 'input';
      control.dispatchEvent(new Event(type, { bubbles: true }));
    }
  }
}
