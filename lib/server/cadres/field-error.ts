import "server-only";
import { UserFacingError } from "@/lib/errors/user-facing";

/** A problem found on the server that belongs beside one field of the form. */
export class CadreFieldError extends UserFacingError {
  constructor(readonly field: string, message: string) {
    super(message);
    this.name = "CadreFieldError";
  }
}
