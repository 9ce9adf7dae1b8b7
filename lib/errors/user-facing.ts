// Errors whose message may be shown to the user as is (Chinese). Anything else is
// unexpected and reaches the user only as a generic message with a reference id.
import { randomBytes } from "node:crypto";

export class UserFacingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UserFacingError";
  }
}

export class UnauthenticatedError extends UserFacingError {
  constructor() {
    super("登录已失效，请重新登录");
  }
}

export class ForbiddenError extends UserFacingError {
  constructor() {
    super("您没有执行此操作的权限");
  }
}

/** Also used for records outside the actor's scope: another unit's id is simply not found. */
export class NotFoundError extends UserFacingError {
  constructor(what = "记录") {
    super(`未找到该${what}，或不在您的查看范围内`);
  }
}

export const GENERIC_ERROR = "系统出现异常，请稍后重试";

/** A short id the user can quote and an operator can find in the server log. */
export function newReferenceId(): string {
  return randomBytes(5).toString("hex").toUpperCase();
}
