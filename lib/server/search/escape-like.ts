import "server-only";
// Prisma's contains / startsWith / endsWith become LIKE (ILIKE) patterns without escaping the
// pattern's own wildcards, so a search for "%" matched every row and "_" any character
// (checked on Prisma 6.19 with PostgreSQL: tests/integration/search/like-wildcards.test.ts).
// Every text search passes the user's text through here; PostgreSQL's default LIKE escape
// character is the backslash.

/** The text, to be matched literally inside a Prisma contains / startsWith / endsWith. */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
