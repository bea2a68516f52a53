// The package ships these types (windows-1252.d.ts) but its package.json "exports" does not name
// them, so TypeScript's bundler resolution cannot find them: the one function used here, as it
// declares it.
declare module 'windows-1252' {
  export function decode(buffer: Uint16Array | Uint8Array | string, options?: { mode: 'fatal' | 'replacement' }): string;
}
