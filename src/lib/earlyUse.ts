/**
 * What a reader did before the app was there. The page paints from HTML and
 * the app loads on first use (src/boot/), so a keyboard reader can reach a
 * chart and walk it before its code has arrived. Both sides are here: the boot
 * script keeps a click, changed controls and keys pressed on a chart (keep…);
 * the app makes them again (replay…, takeEarlyKeys). Each chart takes its own
 * keys when it comes alive, and from then on marks itself so the boot script
 * keeps no more of them (React has them).
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

/** Set on a chart whose keys the app handles (the boot script reads it). */
export const KEYS_LIVE_ATTRIBUTE = 'data-keys-live';

/** The class of a chart's keyboard surface (KeyboardChart), whose keys are kept. */
const CHART_KEYS_CLASS = 'chart-keys';

/** Keys kept at most before the app is there. */
const MAX_EARLY_KEYS = 50;

interface KeptChange {
  target: Element;
  id: string;
  value: string;
  checked: boolean;
}

/** What the boot script keeps on the window for the app. */
interface EarlyUse {
  idnMfgPendingKeys?: KeptKey[];
  idnMfgPendingClick?: HTMLElement | undefined;
  idnMfgPendingChanges?: KeptChange[];
}

function early(): EarlyUse {
  return window as EarlyUse;
}

/** (Boot) The first click on a button before the app is there, to be made again once it is. */
export function keepEarlyClick(event: Event): void {
  const kept = early();
  if (kept.idnMfgPendingClick) return;
  const button = event.target instanceof Element ? event.target.closest('button') : null;
  if (button) kept.idnMfgPendingClick = button;
}

/**
 * (Boot) A control changed before the app is there: its last value, set again once the app is.
 * False for what is not such a control (a file input's value cannot be set again).
 */
export function keepEarlyChange(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLSelectElement || target instanceof HTMLInputElement)) return false;
  if (target.type === 'file') return false;
  const kept = (early().idnMfgPendingChanges ?? []).filter((change) => change.target !== target);
  const checked = target instanceof HTMLInputElement && target.checked;
  kept.push({ target, id: target.id, value: target.value, checked });
  early().idnMfgPendingChanges = kept;
  return true;
}

/** (Boot) A key pressed on a chart whose keys the app does not handle yet, to be pressed again. */
export function keepEarlyKey(event: KeyboardEvent): void {
  const target = event.target;
  if (
    !(target instanceof Element) ||
    !target.classList.contains(CHART_KEYS_CLASS) ||
    target.hasAttribute(KEYS_LIVE_ATTRIBUTE)
  )
    return;
  const kept = (early().idnMfgPendingKeys ??= []);
  if (kept.length >= MAX_EARLY_KEYS) return;
  const { key, shiftKey, altKey, ctrlKey, metaKey } = event;
  kept.push({ target, key, shiftKey, altKey, ctrlKey, metaKey });
}

/** The keys pressed on `element` before the app was there, in order; none are kept after this. */
export function takeEarlyKeys(element: Element): EarlyKey[] {
  element.setAttribute(KEYS_LIVE_ATTRIBUTE, '');
  const kept = early().idnMfgPendingKeys ?? [];
  early().idnMfgPendingKeys = kept.filter((key) => key.target !== element);
  return kept.filter((key) => key.target === element).map(({ target: _target, ...key }) => key);
}

/** The click on a control before the app was there, made now. */
export function replayEarlyClick(): void {
  const click = early().idnMfgPendingClick;
  early().idnMfgPendingClick = undefined;
  if (click?.isConnected) click.click();
}

/**
 * The controls changed before the app was there (the boot script kept each one's last value), set again now
 * as a reader would: React has drawn them with the view it started from, and each change goes
 * through its handler, so the dropdown, the chart, its title and the address agree.
 */
export function replayEarlyChanges(): void {
  const kept = early().idnMfgPendingChanges ?? [];
  early().idnMfgPendingChanges = [];
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
