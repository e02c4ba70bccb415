/**
 * The state one recognise() call threads through its steps: the shadow text, its tokens and who
 * has claimed each token. Steps run in a fixed order (documents, titles, places and organs,
 * names), and a later step never starts a match on a token an earlier step claimed.
 */
import type { HotTokens } from './hot-tokens.ts';
import type { Lexicon } from './lexicon.ts';
import type { OffsetMap } from './normalize.ts';
import type { Token } from './types.ts';

/** Token claims; FREE tokens may start a name. */
export const FREE = 0;
export const DOC = 1;
export const TITLE = 2;
export const PLACE = 3;
export const ORG = 4;

/** Per-call pipeline state. */
export interface Ctx {
  /** The input exactly as given. */
  input: string;
  /** The normalised shadow text. */
  text: string;
  map: OffsetMap;
  tokens: Token[];
  lex: Lexicon;
  /** One claim code per token. */
  claim: Uint8Array;
  /** The tokens each step's loop may start at. */
  hot: HotTokens;
}

/** Marks tokens [start, end) with `code`. */
export function claimTokens(ctx: Ctx, start: number, end: number, code: number): void {
  ctx.claim.fill(code, start, end);
}

/** True when only spaces or tabs (no line break) separate tokens a and b. */
export function sameLine(ctx: Ctx, a: number, b: number): boolean {
  const from = ctx.tokens[a]!.end;
  const to = ctx.tokens[b]!.start;
  for (let i = from; i < to; i++) if (ctx.text.charCodeAt(i) === 10) return false;
  return true;
}

/** Input text for shadow range [start, end): NFC, whitespace collapsed ("as written"). */
export function inputText(ctx: Ctx, start: number, end: number): string {
  return ctx.input.slice(ctx.map.toInput(start), ctx.map.toInput(end)).normalize('NFC').replace(/\s+/g, ' ');
}

/** Shadow range of tokens [start, end). */
export function tokenRange(ctx: Ctx, start: number, end: number): [number, number] {
  return [ctx.tokens[start]!.start, ctx.tokens[end - 1]!.end];
}
