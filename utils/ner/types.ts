/**
 * Public result types of the recogniser, plus the internal shapes the pipeline steps pass along.
 * Offsets in public types are JavaScript string indices into the input exactly as given.
 */

/** One occurrence of an entity in the input text. */
export interface Mention {
  /** Index of the first character, in the input as given. */
  start: number;
  /** Index after the last character, in the input as given. */
  end: number;
  /** `input.slice(start, end)`. */
  text: string;
}

/** A named person, with every mention of the same full name grouped. */
export interface Person {
  /** The name as first written (NFC; all-caps bylines are title-cased). */
  name: string;
  /** True when the text gives the person a title of office or a rank. */
  official: boolean;
  /** Titles as written, in order of appearance, deduplicated. */
  titles: string[];
  /** Each mention spans the name only (no title, honorific, degree or rank). */
  mentions: Mention[];
}

/** A cited document (Party directive, State legal or administrative document, named law). */
export interface CitedDocument {
  /** Canonical document type, e.g. "Chỉ thị". */
  type: string;
  /** The running number, e.g. "35". */
  number: string | null;
  /** The full symbol, e.g. "35-CT/TW" or "15/2020/NĐ-CP" (TƯ/T.Ư unified to TW). */
  symbol: string | null;
  /** Date of issue, ISO yyyy-mm-dd. */
  date: string | null;
  /** Issuing body, from "của …" or derived from the symbol. */
  issuer: string | null;
  /** The "về …" subject, without surrounding quotes. */
  subject: string | null;
  /** For documents cited by name ("Luật Tổ chức Quốc hội năm 2014"). */
  name?: string;
  /** Each mention spans the type word through the number, symbol or name. */
  mentions: Mention[];
}

/** Everything the recogniser found in one text. */
export interface Entities {
  persons: Person[];
  documents: CitedDocument[];
}

/** A syllable or punctuation token of the normalised text (read-only: tokens share their facts, see tokenize.ts). */
export interface Token {
  /** Offset in the normalised text. */
  readonly start: number;
  readonly end: number;
  /** Lower-cased form used for gazetteer lookup ("tw" for Trung ương / TƯ / T.Ư). */
  readonly key: string;
  /** Id of `key` in the gazetteer vocabulary (vocab.ts), -1 when no gazetteer uses the key. */
  readonly id: number;
  /** Bits of the gazetteer tries with an entry starting with this key (vocab.ts firstMask). */
  readonly mask: number;
  /** First character is an upper-case letter. */
  readonly cap: boolean;
  /** Two or more letters, all upper case. */
  readonly upper: boolean;
  /** Starts with a letter. */
  readonly word: boolean;
  /** Starts with a digit. */
  readonly digit: boolean;
}

/** A span over tokens [start, end) of the normalised text. */
export interface TokenSpan {
  start: number;
  end: number;
}
