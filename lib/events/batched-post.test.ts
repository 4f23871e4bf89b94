import { describe, expect, it } from "vitest";
import { batchedPost } from "./batched-post";

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe("batchedPost", () => {
  it("sends what one turn of the loop queued as one message, in order, with each item's buffer to transfer", async () => {
    const sent: { items: string[]; transfer: ArrayBuffer[] }[] = [];
    const buffers = new Map<string, ArrayBuffer>();
    const post = batchedPost<string>(
      (items, transfer) => sent.push({ items, transfer }),
      (item) => buffers.get(item)!,
    );
    for (const item of ["a", "b", "c"]) buffers.set(item, new ArrayBuffer(1));
    post("a");
    post("b");
    expect(sent).toEqual([]); // nothing before the turn ends
    await turn();
    post("c");
    await turn();
    expect(sent.map((s) => s.items)).toEqual([["a", "b"], ["c"]]);
    expect(sent[0]!.transfer).toEqual([buffers.get("a"), buffers.get("b")]);
    expect(sent[0]!.transfer[0]).toBe(buffers.get("a"));
    await turn();
    expect(sent).toHaveLength(2); // no empty message once the queue is drained
  });
});
