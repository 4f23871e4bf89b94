// Job type "deliver_email": hands one already-written email to the transport. Retries cannot
// send it twice: the idempotency key defaults to the job's id. A failed attempt is retried with
// backoff and shows on the ticket's timeline (delivery-failure.ts).
import { z } from "zod";
import { defineJobHandler } from "@/lib/jobs/types";
import { recordDeliveryFailure } from "./delivery-failure";
import { sendMail } from "./send-mail";

export const ZDeliverEmailPayload = z.object({
  to: z.string().min(3),
  from: z.string().min(3),
  replyTo: z.string().min(3).optional(),
  subject: z.string(),
  text: z.string(),
  messageId: z.string().min(3).optional(),
  inReplyTo: z.string().min(3).optional(),
  references: z.union([z.string(), z.array(z.string())]).optional(),
  idempotencyKey: z.string().min(1).optional(),
});

export type TDeliverEmailPayload = z.infer<typeof ZDeliverEmailPayload>;

export const deliverEmailJob = defineJobHandler({
  payload: ZDeliverEmailPayload,
  async execute(job, ctx) {
    const { idempotencyKey, ...message } = job.payload;
    try {
      await sendMail(
        {
          ...message,
          ticketId: job.ticketId ?? undefined,
          jobId: job.id,
          idempotencyKey: idempotencyKey ?? `job:${job.id}`,
        },
        { handle: ctx.handle },
      );
    } catch (error) {
      await recordDeliveryFailure(job, ctx, error);
    }
  },
});
