/**
 * Which banner items the user dismissed. Keys name the item, its phase and its latest update
 * (see `dismissalKey`), so dismissing the heads-up does not hide the window itself and a new
 * update shows the item again. Remembered in localStorage (the most recent 200 keys), with an
 * in-memory fallback when storage is missing or throws.
 */
import { pageStorage } from '../../client/storage.js';

const STORAGE_KEY = 'status-widgets:dismissed:v1';
const LIMIT = 200;

export class DismissalStore {
  private keys: string[] | undefined;

  constructor(private readonly storage: () => Storage | undefined = pageStorage) {}

  has(key: string): boolean {
    return this.load().includes(key);
  }

  add(key: string): void {
    const keys = this.load().filter((k) => k !== key);
    keys.push(key);
    this.keys = keys.slice(-LIMIT);
    try {
      this.storage()?.setItem(STORAGE_KEY, JSON.stringify(this.keys));
    } catch {
      // Storage full or blocked: remembered for this page only.
    }
  }

  private load(): string[] {
    if (!this.keys) {
      try {
        const stored: unknown = JSON.parse(this.storage()?.getItem(STORAGE_KEY) ?? '[]');
        this.keys = Array.isArray(stored) ? stored.filter((k): k is string => typeof k === 'string') : [];
      } catch {
        this.keys = [];
      }
    }
    return this.keys;
  }
}

let pageStore: DismissalStore | undefined;

/** The store shared by every element on the page. */
export function sharedDismissals(): DismissalStore {
  return (pageStore ??= new DismissalStore());
}
