import type { z } from 'zod';
import { ContentRequest, PageRequest, type FailCode, type Reply, type Request, type RequestType, type ResponseMap } from './protocol';
import { classifySender, type SenderContext, type SenderKind, type SenderLike } from './sender';

type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

export interface HandlerContext {
  sender: SenderLike;
  kind: SenderKind;
}

export type Handler<T extends RequestType> = (req: RequestOf<T>, ctx: HandlerContext) => Promise<ResponseMap[T]>;
export type HandlerTable = { [T in RequestType]: Handler<T> };

/** Error a handler throws to answer with a specific failure code. */
export class HandlerError extends Error {
  constructor(readonly code: FailCode, message?: string) {
    super(message ?? code);
  }
}

const MAX_MESSAGE_CHARS = 2_000_000;

function hasForbiddenKeys(value: unknown, depth = 0): boolean {
  if (depth > 8 || value === null || typeof value !== 'object') return false;
  for (const key of Object.keys(value)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') return true;
    if (hasForbiddenKeys((value as Record<string, unknown>)[key], depth + 1)) return true;
  }
  return false;
}

/**
 * Classifies the sender, validates the message against the schema of what that sender may ask,
 * calls exactly one handler and fails closed. Content scripts are only ever validated against the
 * content schema, so a privileged type from a content script is an unknown type to them.
 */
export function createRouter(
  handlers: HandlerTable,
  senderContext: () => SenderContext,
  onError: (err: unknown, type: string) => void = () => {},
) {
  return async function route(message: unknown, sender: SenderLike): Promise<Reply<object>> {
    const kind = classifySender(sender, senderContext());
    if (kind === 'untrusted') return { ok: false, code: 'forbidden' };
    let size: number;
    try {
      size = JSON.stringify(message ?? null).length;
    } catch {
      return { ok: false, code: 'bad-request' };
    }
    if (size > MAX_MESSAGE_CHARS || hasForbiddenKeys(message)) return { ok: false, code: 'bad-request' };

    const schema: z.ZodType<Request> = kind === 'content-script' ? ContentRequest : (PageRequest as z.ZodType<Request>);
    const parsed = schema.safeParse(message);
    if (!parsed.success) {
      const isPrivileged =
        kind === 'content-script' && PageRequest.safeParse(message).success;
      return { ok: false, code: isPrivileged ? 'forbidden' : 'bad-request' };
    }
    const req = parsed.data;
    const handler = handlers[req.type] as Handler<typeof req.type> | undefined;
    if (!handler) return { ok: false, code: 'bad-request' };
    try {
      const result = await handler(req as never, { sender, kind });
      return { ok: true, ...(result as object) };
    } catch (err) {
      onError(err, req.type);
      if (err instanceof HandlerError) return { ok: false, code: err.code, message: err.message };
      const code = (err as { code?: unknown })?.code;
      if (code === 'storage-full') return { ok: false, code: 'storage-full' };
      if (code === 'not-found') return { ok: false, code: 'not-found' };
      return { ok: false, code: 'internal' };
    }
  };
}
