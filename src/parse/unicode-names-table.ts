// Generated table of Unicode character names (placeholder until the generator runs).
export const NAME_TABLE: ReadonlyMap<string, number> = new Map();
