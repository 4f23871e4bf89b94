/** The id of a user's table row: focus returns there after their active state changes. */
export const userRowId = (userId: string) => `user-${userId}`;
