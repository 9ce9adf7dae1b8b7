// The schema's enums (each a const object and its string-literal type) for code outside lib/server:
// the generated Prisma client stays behind lib/server, and this one module is the exception the lint
// config allows, because the generated enums file is plain data with no database code in it.
export * from "@/lib/generated/prisma/enums";
