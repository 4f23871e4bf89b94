import { describe, expect, it } from "vitest";
import { findStatus, firstOpenStatus } from "./first-open-status";
import { aPipeline, CLOSED, NEW, WAITING_ON_CONTACT } from "./test-fixtures";
import type { StatusSnapshot } from "./types";

const status = (id: string, displayOrder: number, state: "OPEN" | "CLOSED"): StatusSnapshot => ({
  id,
  label: id,
  displayOrder,
  state,
});

describe("firstOpenStatus (SPEC §1)", () => {
  it("is the open status with the lowest display order", () => {
    expect(firstOpenStatus(aPipeline())?.id).toBe(NEW.id);
  });

  it("goes by display order, not by list order", () => {
    const pipeline = aPipeline({ statuses: [status("b", 5, "OPEN"), status("a", 2, "OPEN")] });
    expect(firstOpenStatus(pipeline)?.id).toBe("a");
  });

  it("skips a closed status with a lower display order", () => {
    const pipeline = aPipeline({ statuses: [status("done", 0, "CLOSED"), status("todo", 1, "OPEN")] });
    expect(firstOpenStatus(pipeline)?.id).toBe("todo");
  });

  it("picks the status listed first on a display-order tie", () => {
    const pipeline = aPipeline({ statuses: [status("x", 1, "OPEN"), status("y", 1, "OPEN")] });
    expect(firstOpenStatus(pipeline)?.id).toBe("x");
  });

  it("is null when the pipeline has no open status", () => {
    expect(firstOpenStatus(aPipeline({ statuses: [CLOSED] }))).toBeNull();
  });
});

describe("findStatus", () => {
  it("finds a status of the pipeline and nothing else", () => {
    expect(findStatus(aPipeline(), WAITING_ON_CONTACT.id)).toEqual(WAITING_ON_CONTACT);
    expect(findStatus(aPipeline(), "st-elsewhere")).toBeNull();
  });
});
