import type { Role, SecurityLevel } from "@/lib/domain/enums";

/** The signed-in user every data access is made for. Built on the server from the session. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  /** set for role UNIT only: the unit whose cadres and nominations the user may see */
  unitId: string | null;
  /** the user's own cadre record and recorded relatives: never opened by this user (recusal) */
  recusedCadreIds: string[];
  sessionId: string;
  mustChangePassword: boolean;
  /** a second factor is required and not yet enrolled: the holder enrols it before anything else */
  mustEnrollTotp: boolean;
  /** the highest sensitivity level of information the user may read (security labels) */
  clearance: SecurityLevel;
  /** the session's last fresh second-factor check (step-up), or null */
  stepUpAt: Date | null;
  ip: string | null;
  /** for the audit row: the browser's User-Agent and this request's id (x-request-id) */
  userAgent: string | null;
  requestId: string | null;
}
