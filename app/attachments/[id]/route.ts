// GET /attachments/:id — an inbound email's file, for signed-in users who may see its ticket
// (or contact). Always a download: never rendered inline, not even images or PDFs.
import { errorResponse } from "@/lib/api/error-response";
import { getAttachmentDownload } from "@/lib/attachments/attachment-download";
import { downloadHeaders } from "@/lib/attachments/download-headers";

type Context = { params: Promise<{ id: string }> };

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  try {
    const file = await getAttachmentDownload((await params).id);
    return new Response(file.content, { headers: downloadHeaders(file) });
  } catch (error) {
    return errorResponse(error);
  }
}
