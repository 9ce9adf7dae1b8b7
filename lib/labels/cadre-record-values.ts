// Enum value lists the browser needs (the generated Prisma enums module is server-side).
export const APPOINTMENT_END_REASONS = [
  "PROMOTED",
  "TRANSFERRED",
  "ROTATED",
  "REMOVED",
  "RETIRED",
  "RESIGNED",
  "OTHER",
] as const;
