import { castBallot } from "@/lib/server/voting";
import { votingRoute } from "@/lib/server/voting/public-route";
import { castSchema } from "@/lib/validation/voting";

// POST /vote/cast { code, category, marks } → the ballot is counted and the code used (public).
export function POST(request: Request) {
  return votingRoute(request, castSchema, (input, ctx) => castBallot(input, ctx));
}
