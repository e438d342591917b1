/** The page's localStorage, or `undefined` where it is missing or merely touching it throws. */
export function pageStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    // Accessing localStorage itself throws in some sandboxed frames and privacy modes.
    return undefined;
  }
}
