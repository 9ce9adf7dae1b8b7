// Errors about particular input fields, raised by the data layer after its own checks (a
// duplicate username, a unit that must be chosen): several at once, so the form can show every
// problem beside its field in one round trip. Actions turn them into validation errors.
import { FieldError } from "@/lib/server/accounts/change-password";
import { UserFacingError } from "@/lib/errors/user-facing";

export { FieldError };

export class FieldErrors extends UserFacingError {
  constructor(readonly fields: Record<string, string>) {
    super(Object.values(fields).join("；"));
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
