// Who the integration tests are "signed in" as when they call server actions directly.
let userId: string | null = null;

export function signInAs(id: string | null): void {
  userId = id;
}

export function sessionUserId(): string | null {
  return userId;
}
