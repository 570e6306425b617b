/**
 * A Web Storage held in memory, for the persistence tests: it records every write in order,
 * and can be told to refuse writes the way a full localStorage does.
 */
export class MemoryStorage implements Storage {
  readonly items = new Map<string, string>();
  /** Every setItem the storage accepted, oldest first. */
  readonly writes: { key: string; value: string }[] = [];
  /** When set, setItem throws this instead of writing (e.g. a QuotaExceededError). */
  refuseWrites: Error | undefined;

  constructor(initial: Record<string, string> = {}) {
    for (const [key, value] of Object.entries(initial)) this.items.set(key, value);
  }

  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.refuseWrites) throw this.refuseWrites;
    this.items.set(key, String(value));
    this.writes.push({ key, value: String(value) });
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  clear(): void {
    this.items.clear();
  }
  /** Keys holding copies of saved work that could not be read. */
  recoveredKeys(): string[] {
    return [...this.items.keys()].filter((key) => key.includes(':recovered:'));
  }
}

/** What a browser throws when localStorage is full. */
export const quotaExceeded = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
/** What a browser throws on touching localStorage when the user has disabled it. */
export const securityError = () => new DOMException('Access is denied for this document.', 'SecurityError');
