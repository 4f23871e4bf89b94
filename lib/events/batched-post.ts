// Messages between the server's main thread and its events thread, sent once per turn of the
// event loop: every item queued in one turn goes in one postMessage. Each postMessage wakes the
// other thread, and on two cores the thread it wakes often takes the core from the one that
// posted (bench/PROFILE.md, 5 Dec: posting an answer was 10–15 % of the events thread's time
// under load). Items keep their order; their buffers are transferred, not copied.
export function batchedPost<T>(
  send: (items: T[], transfer: ArrayBuffer[]) => void,
  transferOf: (item: T) => ArrayBuffer,
): (item: T) => void {
  let queued: T[] = [];
  const flush = () => {
    const items = queued;
    queued = [];
    send(items, items.map(transferOf));
  };
  return (item) => {
    queued.push(item);
    // After this turn's I/O callbacks: the items they queue go together.
    if (queued.length === 1) setImmediate(flush);
  };
}
