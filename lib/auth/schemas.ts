// Sign-in input, shared by the login form and the server.
import { z } from "zod";

export const ZSignIn = z.object({
  email: z.email("Enter a valid email address").trim().toLowerCase(),
  password: z.string().min(1, "Enter your password").max(200),
});
export type TSignIn = z.infer<typeof ZSignIn>;

export const SIGN_IN_FAILED = "Email or password is incorrect.";
export const SIGN_IN_THROTTLED = "Too many failed attempts. Wait 15 minutes and try again.";
