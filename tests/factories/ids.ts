// Deterministic, cuid-shaped ids ("c" + 24 lowercase base-36 characters). The seed builds
// every row in memory and links rows by id before inserting, so it must choose the ids itself;
// making them a function of (seed, model, counter) keeps re-seeding reproducible. The counter
// part guarantees uniqueness; the pseudo-random part only makes ids look like cuids (they
// still start with "c" and contain no hyphen, so cuid validators accept them).
import { hashString, Rng } from "./random";

const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

export class IdFactory {
  private counter = 0;
  private readonly rng: Rng;
  private readonly tag: string;

  constructor(model: string, seed: number) {
    this.rng = new Rng(hashString(`${model}:${seed}`));
    // two characters per model, so ids of different tables never coincide either
    const h = hashString(model);
    this.tag = ALPHABET[h % 36] + ALPHABET[Math.floor(h / 36) % 36];
  }

  next(): string {
    const n = this.counter++;
    let noise = "";
    for (let i = 0; i < 14; i++) noise += ALPHABET[Math.floor(this.rng.next() * 36)];
    return `c${this.tag}${n.toString(36).padStart(8, "0")}${noise}`;
  }
}

/** One IdFactory per model name, created on first use. */
export class IdRegistry {
  private readonly factories = new Map<string, IdFactory>();

  constructor(private readonly seed: number) {}

  next(model: string): string {
    let f = this.factories.get(model);
    if (!f) {
      f = new IdFactory(model, this.seed);
      this.factories.set(model, f);
    }
    return f.next();
  }
}
