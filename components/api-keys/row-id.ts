/** The id of a key's table row: focus returns there after the key is revoked. */
export const apiKeyRowId = (id: string) => `api-key-${id}`;
