import type { Actor } from "@/lib/auth/actor";
import { requireActorForRequest } from "@/lib/auth/session";
import { AppError, isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";

// The wrapper for route handlers: sign-in required, AppErrors mapped to their status with a
// JSON message, anything else logged and answered 500 without detail. Never cached.

type Handler<P> = (actor: Actor, request: Request, params: P) => Promise<Response | unknown>;

export function withActor<P = Record<string, never>>(handler: Handler<P>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    let actor: Actor | undefined;
    try {
      actor = await requireActorForRequest();
      const result = await handler(actor, request, await context.params);
      if (result instanceof Response) return result;
      return Response.json(result, { headers: { "Cache-Control": "no-store" } });
    } catch (error) {
      if (isAppError(error)) {
        return Response.json({ error: error.message, fieldErrors: error.fieldErrors }, { status: error.status, headers: { "Cache-Control": "no-store" } });
      }
      logger.error({ err: error, userId: actor?.userId, url: request.url }, "route handler failed");
      return Response.json({ error: "Something went wrong." }, { status: 500 });
    }
  };
}

/** A positive integer id from a URL segment; anything else is a 404 like an unknown id. */
export function idParam(value: string): number {
  if (!/^[1-9]\d{0,8}$/.test(value)) throw new AppError("NOT_FOUND", "Not found");
  return Number(value);
}
