/**
 * Test helper: collects a child's output and waits for text to appear in it
 * (from an offset, so a later wait never matches an earlier line).
 */
export class Output {
  text = '';
  private waiters: { re: RegExp; from: number; resolve: () => void }[] = [];
  feed(chunk: string): void {
    this.text += chunk;
    this.waiters = this.waiters.filter((w) => {
      if (w.re.test(this.text.slice(w.from))) {
        w.resolve();
        return false;
      }
      return true;
    });
  }
  /** Resolve once `re` matches the text from offset `from`; reject after `ms` with the text so far. */
  waitFor(re: RegExp, from = 0, ms = 20000): Promise<void> {
    if (re.test(this.text.slice(from))) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`timed out waiting for ${re} in:\n${this.text}`)), ms);
      this.waiters.push({ re, from, resolve: () => (clearTimeout(t), resolve()) });
    });
  }
}
