import type { Role } from "@/lib/domain/enums";

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
  ip: string | null;
}
