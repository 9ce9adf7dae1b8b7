import { openBallot } from "@/lib/server/voting";
import { votingRoute } from "@/lib/server/voting/public-route";
import { ballotRequestSchema } from "@/lib/validation/voting";

// POST /vote/ballot { code } → the ballot the code opens (public: no account).
export function POST(request: Request) {
  return votingRoute(request, ballotRequestSchema, (input, ctx) => openBallot(input.code, ctx));
}
