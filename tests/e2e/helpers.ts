import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/** Console errors and uncaught exceptions on a page, collected from now on. */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** The data version now: the last entry of data/versions.csv (the build bundles the same file). */
export function currentDataVersion(): number {
  const rows = readFileSync('data/versions.csv', 'utf8').trim().split('\n');
  return Number(rows[rows.length - 1]!.split(',')[0]);
}
