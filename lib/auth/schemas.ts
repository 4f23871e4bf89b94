// Sign-in input, shared by the login form and the server.
import { z } from "zod";

/** The shortest password a user may set (new users, password changes). */
export const PASSWORD_MIN = 10;

export const ZSignIn = z.object({
  email: z.email("Enter a valid email address").trim().toLowerCase(),
  password: z.string().min(1, "Enter your password").max(200),
});
export type TSignIn = z.infer<typeof ZSignIn>;

export const SIGN_IN_FAILED = "Email or password is incorrect.";
export const SIGN_IN_UNAVAILABLE = "Sign-in is unavailable right now. Try again in a moment.";

/** Said for any email, with or without an account: the wait is all it tells. */
export function signInThrottledMessage(seconds: number): string {
  const wait = seconds < 90 ? `${seconds} second${seconds === 1 ? "" : "s"}` : `${Math.ceil(seconds / 60)} minutes`;
  return `Too many failed sign-ins. Try again in ${wait}.`;
}

export const ZChangeOwnPassword = z.object({
  currentPassword: z.string().min(1, "Enter your current password").max(200),
  newPassword: z
    .string()
    .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters`)
    .max(200, "Use at most 200 characters"),
});
export type TChangeOwnPassword = z.infer<typeof ZChangeOwnPassword>;

/** The form also asks for the new password twice. */
export const ZChangeOwnPasswordForm = ZChangeOwnPassword.extend({ confirmPassword: z.string() }).refine(
  (values) => values.confirmPassword === values.newPassword,
  { path: ["confirmPassword"], message: "The two new passwords differ" },
);
export type TChangeOwnPasswordForm = z.infer<typeof ZChangeOwnPasswordForm>;
