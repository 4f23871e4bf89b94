import { Suspense } from "react";
import { redirect } from "next/navigation";
import type { Metadata } from "next";
import { getCurrentUser } from "@/lib/auth/current-user";
import { LoginForm } from "@/components/auth/login-form";

export const metadata: Metadata = { title: "Sign in · Ticketflow" };

export default async function LoginPage() {
  if (await getCurrentUser()) redirect("/tickets");
  return (
    <main className="flex min-h-dvh items-center justify-center bg-muted/40 px-4">
      <div className="w-full max-w-sm rounded-lg border bg-card p-6 shadow-sm">
        <h1 className="mb-1 text-xl font-semibold">Sign in to Ticketflow</h1>
        <p className="mb-6 text-sm text-muted-foreground">Help desk and pipeline automation</p>
        <Suspense>
          <LoginForm />
        </Suspense>
      </div>
    </main>
  );
}
