"use client";
// Settings > Objects > Tickets > Pipelines > Ticket statuses: reorder by drag (mouse, touch) or
// keyboard (the handle: Space, arrows, Space; or the menu's Move up/down), rename, open/closed,
// add, delete.
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from "@dnd-kit/core";
import {
  SortableContext,
  arrayMove,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from "@dnd-kit/sortable";
import { restrictToParentElement, restrictToVerticalAxis } from "./drag-modifiers";
import type { PipelineAdminView } from "@/lib/pipelines/admin-view";
import { moveItem } from "@/lib/utils/move-item";
import { AddStatusForm } from "./add-status-form";
import { StatusRow } from "./status-row";
import { useStatusOrder } from "./use-status-order";

const instructions = {
  draggable:
    "To reorder, press Space to pick the status up, Up or Down arrow to move it, Space to drop it, or Escape to cancel.",
};

export function StatusesEditor({ view, canEdit }: { view: PipelineAdminView; canEdit: boolean }) {
  const { pipeline } = view;
  const { statuses, reorder } = useStatusOrder(pipeline.id, pipeline.statuses);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const labelOf = (id: unknown) => statuses.find((s) => s.id === id)?.label ?? "";
  const positionOf = (id: unknown) => statuses.findIndex((s) => s.id === id) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      `Picked up ${labelOf(active.id)}, position ${positionOf(active.id)} of ${statuses.length}.`,
    onDragOver: ({ active, over }) =>
      over ? `${labelOf(active.id)} moved to position ${positionOf(over.id)} of ${statuses.length}.` : undefined,
    onDragEnd: ({ active, over }) =>
      over
        ? `${labelOf(active.id)} dropped at position ${positionOf(over.id)} of ${statuses.length}.`
        : `${labelOf(active.id)} dropped.`,
    onDragCancel: ({ active }) =>
      `Reordering cancelled. ${labelOf(active.id)} is back at position ${positionOf(active.id)}.`,
  };

  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    const from = statuses.findIndex((s) => s.id === active.id);
    const to = statuses.findIndex((s) => s.id === over.id);
    void reorder(arrayMove(statuses, from, to));
  }

  return (
    <div className="space-y-4">
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        modifiers={[restrictToVerticalAxis, restrictToParentElement]}
        onDragEnd={onDragEnd}
        accessibility={{ announcements, screenReaderInstructions: instructions }}
      >
        <SortableContext items={statuses.map((s) => s.id)} strategy={verticalListSortingStrategy}>
          <ol
            aria-label={`Statuses of ${pipeline.name}`}
            className="overflow-hidden rounded-lg border"
            data-testid="statuses-list"
          >
            {statuses.map((status, index) => (
              <StatusRow
                key={status.id}
                status={status}
                index={index}
                siblings={statuses}
                pipelineName={pipeline.name}
                canEdit={canEdit}
                onMove={(delta) => void reorder(moveItem(statuses, index, delta))}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      {canEdit ? <AddStatusForm pipelineId={pipeline.id} /> : null}
    </div>
  );
}
