/** Where an automated email is edited: the list's links and the Send email panel's name link. */
export const emailEditorHref = (id: string) => `/settings/automated-emails/${id}`;
