// The corpus module's public surface: load a corpus, parse one file, assemble, query relations.
export type { ClaimSpans, Corpus, CorpusFileResult, CorpusHost } from './types';
export { loadCorpus, readCorpusFile, type LoadCorpusOptions } from './loadCorpus';
export { DEFAULT_MAX_FILE_BYTES, isCorpusFileName, parseCorpusBytes, parseCorpusFile } from './parseCorpusFile';
export { assembleCorpus } from './assembleCorpus';
export { relatedClaims, type RelatedClaims } from './relatedClaims';
export { decodeCorpusBytes, decodeText, type DecodeResult, type DecodedText } from './decode';
export { CLAIM_FIELDS, REQUIRED_CLAIM_FIELDS, SOURCE_FIELDS, REQUIRED_SOURCE_FIELDS, ID_PATTERN, DATE_PATTERN, isCalendarDate, isValidId } from './fields';
