"use client";

import { useEffect } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { updateChannelAction } from "@/lib/channels/actions";
import { ZChannelSettings, type TChannelSettings } from "@/lib/channels/schemas";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { SelectField } from "@/components/automate/status-actions/editors/fields";
import { submitVersioned } from "@/components/forms/run-action";
import { SaveFooter } from "@/components/forms/save-footer";
import { NullableSelectField } from "@/components/ticket/nullable-select-field";
import { CreatesTicketsSwitch } from "./creates-tickets-switch";

interface ChannelFormProps {
  channel: {
    id: string;
    version: number;
    createsTickets: boolean;
    pipelineId: string | null;
    statusId: string | null;
    ownerId: string | null;
  };
  pipelines: { id: string; name: string; statuses: { id: string; label: string }[] }[];
  users: { id: string; name: string }[];
  canEdit: boolean;
}

/** SPEC §2: whether this channel creates tickets, and in which pipeline, status and for which owner. */
export function ChannelForm({ channel, pipelines, users, canEdit }: ChannelFormProps) {
  const form = useForm<TChannelSettings>({
    resolver: zodResolver(ZChannelSettings),
    defaultValues: {
      channelId: channel.id,
      expectedVersion: channel.version,
      createsTickets: channel.createsTickets,
      pipelineId: channel.pipelineId,
      statusId: channel.statusId,
      ownerId: channel.ownerId,
    },
    disabled: !canEdit,
  });
  const pipelineId = form.watch("pipelineId");
  const statuses = pipelines.find((p) => p.id === pipelineId)?.statuses ?? [];
  const statusId = form.watch("statusId");
  // Another pipeline: the old status is not one of its statuses, so it has to be chosen again.
  useEffect(() => {
    if (statusId && !statuses.some((s) => s.id === statusId)) form.setValue("statusId", null, { shouldDirty: true });
  }, [statusId, statuses, form]);

  const onSubmit = submitVersioned(form, updateChannelAction, "Channel settings saved.");

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Channel settings">
      <Card>
        <CardHeader>
          <CardTitle>Ticket creation</CardTitle>
          <CardDescription>
            Each new conversation on this channel creates a ticket. Messages are kept either way.
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-5">
          <CreatesTicketsSwitch form={form} />
          <SelectField
            form={form}
            name="pipelineId"
            label="Pipeline"
            placeholder="Choose a pipeline"
            choices={pipelines.map((p) => ({ value: p.id, label: p.name }))}
          />
          <SelectField
            form={form}
            name="statusId"
            label="Ticket status"
            placeholder="Choose a status"
            description="Only the statuses of the chosen pipeline."
            choices={statuses.map((s) => ({ value: s.id, label: s.label }))}
          />
          <NullableSelectField
            form={form}
            name="ownerId"
            label="Ticket owner"
            noneLabel="No owner"
            choices={users.map((u) => ({ value: u.id, label: u.name }))}
          />
        </CardContent>
        <SaveFooter form={form} canEdit={canEdit} />
      </Card>
    </form>
  );
}
