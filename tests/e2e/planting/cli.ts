// `tsx tests/e2e/planting/cli.ts <planting> <json input>` with DATABASE_URL set: runs one
// planting of plantings.ts and prints its result as JSON on the last line of stdout.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../../lib/generated/prisma/client";
import { PLANTINGS, type PlantingName } from "./plantings";

async function main() {
  const [name, json] = process.argv.slice(2);
  if (!(name in PLANTINGS)) throw new Error(`unknown planting ${name}; known: ${Object.keys(PLANTINGS).join(", ")}`);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL, max: 1 }) });
  try {
    const result = await PLANTINGS[name as PlantingName](prisma, JSON.parse(json ?? "{}"));
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
