// Files of CPython's Lib whose dump may legitimately differ from Keel's, each with its reason.
export const EXCEPTIONS: { file: string; reason: string }[] = [];
