// Problems that belong beside particular fields of a form, found by the data layer after its
// own checks (a duplicate username, a unit that must be chosen, a date after today). The action
// client turns them into validation errors (safe-action.ts), so the form shows each beside its
// field the way it shows zod's, and no action translates them itself.
import { UserFacingError } from "./user-facing";

/** Several field problems at once: the form shows every one in one round trip. */
export class FieldErrors extends UserFacingError {
  constructor(readonly fields: Record<string, string>) {
    super(Object.values(fields).join("；"));
    this.name = "FieldErrors";
  }
}

/** One problem beside one field. */
export class FieldError extends FieldErrors {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super({ [field]: message });
    this.name = "FieldError";
  }
}

/** Collects field problems and throws them together. */
export class FieldProblems {
  private readonly fields: Record<string, string> = {};
  add(field: string, message: string): void {
    this.fields[field] ??= message;
  }
  async check(run: () => unknown): Promise<void> {
    try {
      await run();
    } catch (e) {
      if (e instanceof FieldError) this.add(e.field, e.message);
      else throw e;
    }
  }
  throwIfAny(): void {
    if (Object.keys(this.fields).length) throw new FieldErrors(this.fields);
  }
}
