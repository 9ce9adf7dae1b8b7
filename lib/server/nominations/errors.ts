import "server-only";
import { UserFacingError } from "@/lib/errors/user-facing";

/** A problem with one form field, shown beside it (the action turns it into a validation error). */
export class NominationFieldError extends UserFacingError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = "NominationFieldError";
  }
}

/** The nomination moved on (or was edited) since the user loaded it: one of two clicks loses. */
export class NominationConflictError extends UserFacingError {
  constructor(message: string) {
    super(message);
    this.name = "NominationConflictError";
  }
}
