/**
 * Resolves after the page has rendered a frame (an animation frame, then a task), or after
 * 100 ms where frames do not come (a hidden page, which no screen reader is reading): how long
 * an element waits before it puts content into a live region it has just created.
 */
export function afterFrame(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    if (typeof requestAnimationFrame === 'function') {
      requestAnimationFrame(() =>
        setTimeout(() => {
          clearTimeout(timer);
          resolve();
        }),
      );
    }
  });
}
